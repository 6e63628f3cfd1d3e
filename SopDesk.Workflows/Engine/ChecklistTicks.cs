using System.Collections.Immutable;
using System.Text.Json;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Workflows.Engine;

/// <summary>
/// The ticks of a step's checklist travel and are kept as one value of the step, under <see cref="Key"/>:
/// a JSON array of the ticked items' texts. So the form, the engine and the stored work item need no new
/// shape, and the berkas shows what was ticked at each visit of the step.
/// </summary>
public static class ChecklistTicks
{
    /// <summary>The value key of the ticks; a step with a checklist may not have a field of this id.</summary>
    public const string Key = "checklist";

    public static string Encode(IEnumerable<string> ticked) => JsonSerializer.Serialize(ticked);

    /// <summary>Every item of the step ticked, as a value pair — the officer who finds the berkas complete.</summary>
    public static KeyValuePair<string, string> All(Step step) => new(Key, Encode(step.Checklist.Select(i => i.Item)));

    /// <summary>The ticked items recorded in a step's values, or null when none were recorded (or not readable).</summary>
    public static ImmutableHashSet<string>? Read(IReadOnlyDictionary<string, string> values) =>
        values.TryGetValue(Key, out var json) ? Decode(json) : null;

    /// <summary>
    /// The ticks sent with a completion, checked: each must be an item of the step, and a forward choice
    /// (lengkap) needs every required item — except a rejection, which is chosen because something is missing.
    /// Returns the value to keep, or the refusal's message.
    /// </summary>
    public static (string? Value, string? Error) Check(Step step, IReadOnlyDictionary<string, string> values, Outcome? outcome, bool rejects = false)
    {
        var sent = values.TryGetValue(Key, out var json) ? Decode(json) : [];
        if (sent is null) return (null, "Daftar periksa yang dikirim tidak terbaca; muat ulang berkas.");
        var items = step.Checklist.Select(i => i.Item).ToHashSet();
        if (sent.FirstOrDefault(t => !items.Contains(t)) is { } unknown)
            return (null, $"\"{unknown}\" tidak ada pada daftar periksa langkah {step.Number}.");
        var ticked = step.Checklist.Where(i => sent.Contains(i.Item)).Select(i => i.Item).ToList();
        if (outcome is null or { Kind: OutcomeKind.Forward } && !rejects)
        {
            var missing = step.Checklist.Where(i => !i.Optional && !sent.Contains(i.Item)).Select(i => i.Item).ToList();
            if (missing.Count > 0)
                return (null, $"Belum dicentang: {string.Join(", ", missing)}. " +
                    $"\"{outcome?.Label ?? "Selesai"}\" memerlukan semua persyaratan wajib; bila belum lengkap, kembalikan ke pemohon.");
        }
        return (Encode(ticked), null);
    }

    private static ImmutableHashSet<string>? Decode(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<string[]>(json)?.ToImmutableHashSet();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
