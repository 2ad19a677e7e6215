using Bot.Core.Catalog;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Content;

public static class ContentServiceCollectionExtensions
{
    /// <summary>The pages and the catalog made of them: the <c>Content</c> section, the <see cref="EventCatalog"/>, its
    /// loading at start, watching (<c>Content:Watch</c>) and reloading on request (<see cref="ContentReloader"/>).</summary>
    public static IServiceCollection AddContent(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<EventCatalog>().AddSingleton<ContentCatalogLoader>().AddSingleton<ContentReloader>();
        services.AddOptionsWithValidateOnStart<ContentOptions, ContentOptionsValidator>().Bind(configuration.GetSection(ContentOptions.SectionName));
        return services.AddHostedService<InitialContentLoad>().AddHostedService<ContentWatcher>();
    }
}
