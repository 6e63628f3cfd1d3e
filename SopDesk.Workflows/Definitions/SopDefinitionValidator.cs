using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Workflows.Definitions;

/// <summary>
/// Semantic checks the JSON Schema cannot express: ids that must be unique or must exist, the step
/// graph (reachable, can finish, loops bounded), substitutions, registers and form fields.
/// Paths index the file's arrays the same way the parsed record does (order is kept).
/// </summary>
public static partial class SopDefinitionValidator
{
    private static readonly ImmutableHashSet<string> NumberingPlaceholders = ["unit", "year", "month"];

    public static ImmutableArray<DefinitionError> Validate(string fileName, SopDefinition sop)
    {
        var errors = new List<DefinitionError>();
        void Error(string path, string message) => errors.Add(new DefinitionError(fileName, path, message));

        CheckIds(sop, Error);
        CheckSteps(sop, Error);
        CheckNumbers(sop, Error);
        CheckGraph(sop, Error);
        CheckSubstitutions(sop, Error);
        CheckRegisters(sop, Error);
        CheckSummary(sop, Error);
        CheckLoops(sop, Error);
        CheckClocks(sop, Error);
        CheckDocuments(sop, Error);
        CheckOnline(sop, Error);
        return [.. errors];
    }

    private static void CheckIds(SopDefinition sop, Action<string, string> error)
    {
        ReportDuplicates(sop.Lanes.Select(l => l.Id), i => $"$.lanes[{i}].id", "lajur", error);
        ReportDuplicates(sop.Steps.Select(s => s.Id), i => $"$.steps[{i}].id", "langkah", error);
        ReportDuplicates(sop.Ends.Select(e => e.Id), i => $"$.ends[{i}].id", "akhir", error);
        ReportDuplicates(sop.Registers.Select(r => r.Id), i => $"$.registers[{i}].id", "register", error);
        var stepIds = sop.Steps.Select(s => s.Id).ToHashSet();
        for (var i = 0; i < sop.Ends.Length; i++)
            if (stepIds.Contains(sop.Ends[i].Id))
                error($"$.ends[{i}].id", $"id akhir '{sop.Ends[i].Id}' juga dipakai sebagai id langkah; transisi ke sana menjadi ambigu");
    }

    private static void ReportDuplicates(IEnumerable<string> ids, Func<int, string> path, string what, Action<string, string> error)
    {
        var seen = new HashSet<string>();
        var index = 0;
        foreach (var id in ids)
        {
            if (!seen.Add(id)) error(path(index), $"id {what} '{id}' dipakai lebih dari sekali");
            index++;
        }
    }

    private static void CheckSteps(SopDefinition sop, Action<string, string> error)
    {
        var laneIds = sop.Lanes.Select(l => l.Id).ToHashSet();
        for (var i = 0; i < sop.Steps.Length; i++)
        {
            var step = sop.Steps[i];
            var at = $"$.steps[{i}]";
            if (!laneIds.Contains(step.Lane))
                error($"{at}.lane", $"lajur '{step.Lane}' tidak dikenal (lajur yang ada: {string.Join(", ", laneIds)})");

            if (step.Next is not null && step.HasOutcomes)
                error(at, $"langkah '{step.Id}' memiliki 'next' dan 'outcomes' sekaligus; berikan salah satunya");
            else if (step.Next is null && !step.HasOutcomes)
                error(at, $"langkah '{step.Id}' tidak memiliki 'next' maupun 'outcomes', sehingga berkas tidak pernah dapat meninggalkannya");
            else if (IsChoice(step.Kind) && !step.HasOutcomes)
                error(at, $"langkah {KindName(step.Kind)} memerlukan 'outcomes' (mis. lengkap / tidak-lengkap, paraf / koreksi), bukan satu 'next'");
            else if (IsChoice(step.Kind) && step.Outcomes.Length == 1)
                error($"{at}.outcomes", $"langkah {KindName(step.Kind)} '{step.Id}' hanya memiliki satu hasil; pilihan memerlukan paling sedikit dua hasil (mis. lengkap / tidak-lengkap, paraf / koreksi)");

            ReportDuplicates(step.Outcomes.Select(o => o.Id), j => $"{at}.outcomes[{j}].id", "hasil", error);
            for (var j = 0; j < step.Outcomes.Length; j++)
            {
                var outcome = step.Outcomes[j];
                if (outcome.MinVisits > (step.MaxVisits ?? int.MaxValue))
                    error($"{at}.outcomes[{j}].minVisits",
                        $"minVisits {outcome.MinVisits} lebih besar dari maxVisits langkah ini ({step.MaxVisits}), sehingga hasil ini tidak pernah dapat dipilih");
            }
            CheckFields(step, at, error);
            CheckChecklist(step, at, error);
        }
    }

    /// <summary>Ticks are recorded by the item's text, so the texts of one step differ and no field takes their key.</summary>
    private static void CheckChecklist(Step step, string at, Action<string, string> error)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var k = 0; k < step.Checklist.Length; k++)
            if (!seen.Add(step.Checklist[k].Item.Trim()))
                error($"{at}.checklist[{k}]", $"butir daftar periksa '{step.Checklist[k].Item}' tercantum dua kali di langkah '{step.Id}'; centang dicatat menurut teks butirnya");
        if (step.Checklist.IsDefaultOrEmpty) return;
        for (var k = 0; k < step.Fields.Length; k++)
            if (step.Fields[k].Id == ChecklistTicks.Key)
                error($"{at}.fields[{k}].id", $"id field '{ChecklistTicks.Key}' dicadangkan pada langkah yang memiliki daftar periksa: butir yang dicentang dicatat di bawahnya");
    }

    private static void CheckFields(Step step, string at, Action<string, string> error)
    {
        ReportDuplicates(step.Fields.Select(f => f.Id), k => $"{at}.fields[{k}].id", "field", error);
        for (var k = 0; k < step.Fields.Length; k++)
        {
            var field = step.Fields[k];
            var path = $"{at}.fields[{k}]";
            if (field.Type == FieldType.Choice && field.Options.IsDefaultOrEmpty)
                error($"{path}.options", $"field pilihan '{field.Id}' memerlukan 'options'");
            if (field.Pattern is not null && !IsValidRegex(field.Pattern))
                error($"{path}.pattern", $"'{field.Pattern}' bukan pola (regular expression) yang valid");
            if (field.Min > field.Max)
                error($"{path}.min", $"min {field.Min} lebih besar dari max {field.Max}");
            if (field.MinLength > field.MaxLength)
                error($"{path}.minLength", $"minLength {field.MinLength} lebih besar dari maxLength {field.MaxLength}");
            if (field.MaxLength > FieldValidator.LongestValue)
                error($"{path}.maxLength", $"maxLength {field.MaxLength} melebihi panjang isian terbesar yang diizinkan ({FieldValidator.LongestValue})");
            CheckPartners(step, field, path, error);
        }
    }

    /// <summary>A NIK's birth-date and gender partners are fields of the same step with the right type.</summary>
    private static void CheckPartners(Step step, FormField field, string path, Action<string, string> error)
    {
        if ((field.BirthDateField ?? field.GenderField) is not null && field.Type != FieldType.Nik)
            error($"{path}.birthDateField", $"hanya field nik yang menyebut field tanggal lahir atau jenis kelamin ('{field.Id}' bertipe {field.Type.ToString().ToLowerInvariant()})");
        if (field.BirthDateField is { } born && step.Fields.FirstOrDefault(f => f.Id == born) is not { Type: FieldType.Date })
            error($"{path}.birthDateField", $"'{born}' bukan field tanggal di langkah '{step.Id}'");
        if (field.GenderField is not { } gender) return;
        var partner = step.Fields.FirstOrDefault(f => f.Id == gender);
        if (partner?.Type != FieldType.Choice || !FieldValidator.GenderOptions.All(partner.Options.Contains))
            error($"{path}.genderField", $"'{gender}' bukan field pilihan di langkah '{step.Id}' dengan pilihan {string.Join(", ", FieldValidator.GenderOptions)}");
    }

    private static bool IsChoice(StepKind kind) => kind is StepKind.Decision or StepKind.Paraf or StepKind.Sign;

    private static string KindName(StepKind kind) => kind switch
    {
        StepKind.Decision => "keputusan",
        StepKind.Sign => "tanda tangan",
        _ => kind.ToString().ToLowerInvariant(),
    };

    // .NET's reason is English and names internals; the editor needs only "this pattern is broken".
    private static bool IsValidRegex(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>
    /// Every transition must name a known step or end; every step must be reachable from the first
    /// and able to reach an end; a back edge (to the same or an earlier step) must say why it goes
    /// back (return, correction, repeat) and a repeat must be bounded by the target's maxVisits.
    /// One cause, one error: the graph is not judged while step ids repeat or a step has no way out
    /// (already reported), reachability not while a transition names nothing, and the steps a single
    /// break cuts off are reported together. Linear in steps + transitions (lists built once).
    /// </summary>
    private static void CheckGraph(SopDefinition sop, Action<string, string> error)
    {
        var index = new Dictionary<string, int>();
        foreach (var (step, i) in sop.Steps.Select((s, i) => (s, i)))
            if (!index.TryAdd(step.Id, i)) return;
        if (sop.Steps.Any(s => (s.Next is null) == !s.HasOutcomes)) return;
        var endIds = sop.Ends.Select(e => e.Id).ToHashSet();

        var successors = sop.Steps.Select(_ => new List<int>()).ToArray();
        var predecessors = sop.Steps.Select(_ => new List<int>()).ToArray();
        var finishing = new List<int>();
        var complete = true;
        for (var from = 0; from < sop.Steps.Length; from++)
        {
            var step = sop.Steps[from];
            var transitions = step.Next is not null
                ? [($"$.steps[{from}].next", step.Next, OutcomeKind.Forward)]
                : step.Outcomes.Select((o, j) => ($"$.steps[{from}].outcomes[{j}]", o.Next, o.Kind));
            foreach (var (path, target, kind) in transitions)
            {
                if (!index.TryGetValue(target, out var to))
                {
                    if (endIds.Contains(target)) finishing.Add(from);
                    else
                    {
                        error(path.EndsWith(".next", StringComparison.Ordinal) ? path : path + ".next", $"'{target}' bukan langkah maupun akhir SOP ini");
                        complete = false;
                    }
                    continue;
                }
                successors[from].Add(to);
                predecessors[to].Add(from);
                if (to <= from && kind == OutcomeKind.Forward)
                    error(path, $"kembali ke langkah '{target}' tanpa menyebut alasannya: transisi mundur memerlukan kind return, correction atau repeat (tanpa itu perulangannya tidak terbatas)");
                if (kind == OutcomeKind.Repeat && sop.Steps[to].MaxVisits is null)
                    error(path, $"repeat ke langkah '{target}' memerlukan maxVisits pada langkah itu agar perulangannya terbatas");
            }
        }

        if (!complete || sop.Steps.IsDefaultOrEmpty) return;
        var reached = Reach([0], successors);
        var finishes = Reach(finishing, predecessors);
        ReportTogether(sop, i => !reached[i], ids => $"langkah {ids} tidak dapat dicapai dari langkah pertama", error);
        ReportTogether(sop, i => !finishes[i], ids => $"tidak ada akhir yang dapat dicapai dari langkah {ids}", error);
    }

    /// <summary>One error, at the first step concerned, naming every step concerned.</summary>
    private static void ReportTogether(SopDefinition sop, Func<int, bool> concerned, Func<string, string> message, Action<string, string> error)
    {
        var steps = Enumerable.Range(0, sop.Steps.Length).Where(concerned).ToList();
        if (steps.Count > 0)
            error($"$.steps[{steps[0]}]", message(string.Join(", ", steps.Select(i => $"'{sop.Steps[i].Id}'"))));
    }

    private static bool[] Reach(IEnumerable<int> start, List<int>[] neighbours)
    {
        var seen = new bool[neighbours.Length];
        var queue = new Queue<int>(start);
        while (queue.TryDequeue(out var node))
        {
            if (seen[node]) continue;
            seen[node] = true;
            foreach (var next in neighbours[node]) queue.Enqueue(next);
        }
        return seen;
    }

    private static void CheckSubstitutions(SopDefinition sop, Action<string, string> error)
    {
        var roles = sop.Lanes.SelectMany(l => l.Roles).ToHashSet();
        var stepIds = sop.Steps.Select(s => s.Id).ToHashSet();
        for (var i = 0; i < sop.Substitutions.Length; i++)
        {
            var sub = sop.Substitutions[i];
            var at = $"$.substitutions[{i}]";
            if (!roles.Contains(sub.Role)) error($"{at}.role", $"peran '{sub.Role}' tidak dipakai oleh lajur mana pun");
            if (!roles.Contains(sub.ActingRole)) error($"{at}.actingRole", $"peran '{sub.ActingRole}' tidak dipakai oleh lajur mana pun");
            else if (sub.ActingRole == sub.Role)
                error($"{at}.actingRole", $"peran '{sub.Role}' tidak dapat mewakili dirinya sendiri: role dan actingRole harus berbeda");
            var steps = sub.Steps.IsDefault ? [] : sub.Steps;
            for (var j = 0; j < steps.Length; j++)
                if (!stepIds.Contains(steps[j])) error($"{at}.steps[{j}]", $"langkah '{steps[j]}' tidak dikenal");
        }
    }

    private static void CheckRegisters(SopDefinition sop, Action<string, string> error)
    {
        var stepIds = sop.Steps.Select(s => s.Id).ToHashSet();
        var fieldIds = sop.Steps.SelectMany(s => s.Fields).Select(f => f.Id).ToHashSet();
        for (var i = 0; i < sop.Registers.Length; i++)
        {
            var register = sop.Registers[i];
            var at = $"$.registers[{i}]";
            if (!stepIds.Contains(register.At)) error($"{at}.at", $"langkah '{register.At}' tidak dikenal");
            if (NumberingProblem(register.Numbering) is { } problem) error($"{at}.numbering", problem);
            if (register.Numbering.Contains("{unit}", StringComparison.Ordinal) && string.IsNullOrWhiteSpace(register.Unit))
                error($"{at}.unit", $"pola penomoran '{register.Numbering}' memakai {{unit}}: isi kode kantor di \"unit\"");
            for (var j = 0; j < register.Columns.Length; j++)
            {
                var source = register.Columns[j].Source;
                if (!IsKnownSource(source, fieldIds, stepIds))
                    error($"{at}.columns[{j}].source",
                        $"'{source}' bukan id field SOP ini maupun nilai sistem (register.number, register.date, case.number, step.<id>.actor, step.<id>.at)");
            }
        }
    }

    private static bool IsKnownSource(string source, HashSet<string> fieldIds, HashSet<string> stepIds)
    {
        if (fieldIds.Contains(source) || ColumnSources.System.Contains(source)) return true;
        return ColumnSources.TryStep(source, out var stepId, out _) && stepIds.Contains(stepId);
    }

    /// <summary>A numbering pattern needs exactly one {seq} or {seq:000…}; other placeholders must be known.</summary>
    private static string? NumberingProblem(string numbering)
    {
        var placeholders = ColumnSources.Placeholder().Matches(numbering).Select(m => m.Groups[1].Value).ToList();
        if (numbering.Count(c => c == '{') != placeholders.Count || numbering.Count(c => c == '}') != placeholders.Count)
            return $"pola penomoran '{numbering}' memiliki kurung kurawal yang tidak berpasangan";
        if (placeholders.Count(p => SeqPlaceholder().IsMatch(p)) != 1)
            return $"pola penomoran '{numbering}' harus memuat {{seq}} atau {{seq:0000}} tepat satu kali";
        var unknown = placeholders.FirstOrDefault(p => !SeqPlaceholder().IsMatch(p) && !NumberingPlaceholders.Contains(p));
        return unknown is null ? null
            : $"pola penomoran '{numbering}' memuat placeholder {{{unknown}}} yang tidak dikenal (yang dikenal: seq, unit, year, month)";
    }

    private static void CheckSummary(SopDefinition sop, Action<string, string> error)
    {
        var fieldIds = sop.Steps.SelectMany(s => s.Fields).Select(f => f.Id).ToHashSet();
        if (sop.Summary.ApplicantNameField is { } name && !fieldIds.Contains(name))
            error("$.summary.applicantNameField", $"'{name}' bukan id field SOP ini");
        if (sop.Summary.NikField is { } nik && !fieldIds.Contains(nik))
            error("$.summary.nikField", $"'{nik}' bukan id field SOP ini");
    }

    [GeneratedRegex(@"^seq(:0+)?$")]
    private static partial Regex SeqPlaceholder();
}
