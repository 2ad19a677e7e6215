using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace FakeBotApi;

/// <summary>Reads parameters the ways the Bot API accepts them: query string, JSON body, urlencoded or multipart form.</summary>
internal static class RequestReader
{
    public static async Task<(JsonObject Json, IReadOnlyList<RecordedFile> Files)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var json = new JsonObject();
        foreach (var (key, value) in request.Query) json[key] = value.ToString();
        List<RecordedFile> files = [];
        try
        {
            if (request.HasJsonContentType())
            {
                if (await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) is JsonObject body)
                    foreach (var (key, value) in body.ToList())
                    {
                        body.Remove(key);
                        json[key] = value;
                    }
            }
            else if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(cancellationToken);
                foreach (var (key, value) in form) json[key] = value.ToString();
                foreach (var file in form.Files)
                {
                    using var buffer = new MemoryStream();
                    await file.CopyToAsync(buffer, cancellationToken);
                    files.Add(new RecordedFile(file.Name, file.FileName, file.ContentType, buffer.ToArray()));
                }
            }
        }
        catch (JsonException)
        {
            json["__malformed_body"] = true;
        }
        return (json, files);
    }
}
