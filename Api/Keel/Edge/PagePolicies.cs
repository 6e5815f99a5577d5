using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.FileProviders;

namespace Keel.Api.Edge;

/// <summary>
/// The security policies of the static pages (<c>wwwroot</c>), read once at start: their own files, and exactly the
/// inline scripts they hold, each by its SHA-256. The folders of pages that run .NET in the browser (they load
/// <c>_framework/blazor.webassembly.js</c>) get the same policy plus <c>'wasm-unsafe-eval'</c> and <c>base-uri 'self'</c>.
/// </summary>
internal sealed partial class PagePolicies
{
    private const string WebAssemblyLoader = "_framework/blazor.webassembly.js";
    private readonly string _pages;
    private readonly string _webAssembly;
    private readonly IReadOnlyList<PathString> _webAssemblyFolders;

    private PagePolicies(string pages, string webAssembly, IReadOnlyList<PathString> webAssemblyFolders) =>
        (_pages, _webAssembly, _webAssemblyFolders) = (pages, webAssembly, webAssemblyFolders);

    public static PagePolicies Of(IFileProvider files)
    {
        var pages = Pages(files, "").Select(p => (p.Folder, Markup: Read(p.File))).ToList();
        var hashes = string.Join(' ', pages.SelectMany(p => InlineScript().Matches(p.Markup).Select(m => m.Groups["body"].Value))
            .Select(script => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)))}'")
            .Distinct()
            .Order(StringComparer.Ordinal));
        var webAssemblyFolders = pages.Where(p => LoadsWebAssembly().IsMatch(p.Markup)).Select(p => new PathString(p.Folder)).Distinct().ToList();
        return new(Policy($"script-src 'self' {hashes}", "base-uri 'none'"),
            Policy($"script-src 'self' 'wasm-unsafe-eval' {hashes}", "base-uri 'self'"), webAssemblyFolders);
    }

    /// <summary>The policy of the page at <paramref name="path"/>.</summary>
    public string For(PathString path) => _webAssemblyFolders.Any(folder => path.StartsWithSegments(folder)) ? _webAssembly : _pages;

    private static string Policy(string scripts, string baseUri) =>
        $"default-src 'self'; {scripts}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + $"connect-src 'self'; object-src 'none'; {baseUri}; form-action 'self'; frame-ancestors 'none'";

    private static IEnumerable<(string Folder, IFileInfo File)> Pages(IFileProvider files, string folder)
    {
        foreach (var entry in files.GetDirectoryContents(folder))
        {
            if (entry.IsDirectory)
            {
                foreach (var page in Pages(files, $"{folder}/{entry.Name}"))
                {
                    yield return page;
                }
            }
            else if (entry.Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
            {
                yield return (folder.Length == 0 ? "/" : folder, entry);
            }
        }
    }

    private static string Read(IFileInfo page)
    {
        using var stream = page.CreateReadStream();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"<script\b(?![^>]*\bsrc\s*=)[^>]*>(?<body>.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<script\b[^>]*\bsrc\s*=\s*[""']?[^""'>]*" + "_framework/blazor\\.webassembly\\.js", RegexOptions.IgnoreCase)]
    private static partial Regex LoadsWebAssembly();
}
