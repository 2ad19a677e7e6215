namespace FakeBotApi;

/// <summary>Thrown inside a method handler to answer with an error; caught by the request pipeline.</summary>
internal sealed class ApiException(ApiError error) : Exception(error.Description)
{
    public ApiError Error { get; } = error;
}
