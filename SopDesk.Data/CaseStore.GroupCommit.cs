using System.Diagnostics;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Data;

/// <summary>One step result waiting to be written, and the answer its caller awaits (set only after the commit that holds it).</summary>
internal sealed class PendingStep(Accepted result, SopDefinition definition, TimeZoneInfo officeZone, string? ipAddress, CancellationToken ct)
{
    public Accepted Result { get; } = result;
    public SopDefinition Definition { get; } = definition;
    public TimeZoneInfo OfficeZone { get; } = officeZone;
    public string? IpAddress { get; } = ipAddress;
    public CancellationToken Ct { get; } = ct;
    public long Since { get; } = Stopwatch.GetTimestamp();
    public TaskCompletionSource<ApplyResult> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>The step results of one database file waiting for a writer, in arrival order (thread-safe).</summary>
internal sealed class PendingSteps
{
    private readonly List<PendingStep> _steps = [];

    public void Add(PendingStep step)
    {
        lock (_steps) _steps.Add(step);
    }

    public int Count
    {
        get
        {
            lock (_steps) return _steps.Count;
        }
    }

    /// <summary>Takes the step back if no writer has taken it yet (its caller gave up waiting).</summary>
    public bool TryWithdraw(PendingStep step)
    {
        lock (_steps) return _steps.Remove(step);
    }

    /// <summary>The oldest <paramref name="max"/> steps, removed from the queue.</summary>
    public List<PendingStep> Take(int max)
    {
        lock (_steps)
        {
            var taken = _steps.GetRange(0, Math.Min(max, _steps.Count));
            _steps.RemoveRange(0, taken.Count);
            return taken;
        }
    }
}

/// <summary>
/// Group commit (decision 034): every step result queues at its file's <see cref="WriteGate"/>. Whoever gets the lock
/// writes every result queued by then — its own and the others' — in ONE <c>BEGIN IMMEDIATE</c>, each inside its own
/// SAVEPOINT, commits once (one fsync for all), and only then answers each caller. A result that is refused or throws
/// is rolled back to its savepoint and answered with its own refusal or error; the others still commit. If the commit
/// fails, every caller of the batch gets that failure and nothing of the batch is written.
/// </summary>
public sealed partial class CaseStore
{
    /// <summary>The most results one transaction carries, so one batch cannot hold the lock for long.</summary>
    internal const int MaxBatch = 64;

    private async Task<ApplyResult> GroupCommitAsync(PendingStep step, CancellationToken ct)
    {
        var gate = WriteGate.For(db);
        gate.Pending.Add(step);
        try
        {
            await gate.Lock.WaitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            // Given up while waiting: withdrawn unwritten, or already taken by a writer, whose answer is then the truth.
            if (gate.Pending.TryWithdraw(step)) throw;
            return await step.Answer.Task;
        }
        try
        {
            // A writer before us may have written our result already; otherwise it is in the queue and we write it.
            while (!step.Answer.Task.IsCompleted)
            {
                var batch = gate.Pending.Take(MaxBatch);
                // Only a lock holder takes results, and it answers them before letting go: ours is answered or still queued.
                if (batch.Count == 0) throw new InvalidOperationException("A step result left the write queue unanswered.");
                await WriteBatchAsync(batch);
            }
        }
        finally
        {
            gate.Lock.Release();
        }
        return await step.Answer.Task;
    }

    /// <summary>Writes <paramref name="batch"/> in one transaction and answers each caller after its commit (or its failure).</summary>
    private async Task WriteBatchAsync(List<PendingStep> batch)
    {
        var answers = new (ApplyResult? Result, Exception? Error)[batch.Count];
        var committed = false;
        try
        {
            await InWriteTransactionCoreAsync(async transaction =>
            {
                for (var i = 0; i < batch.Count; i++)
                    answers[i] = await WriteInSavepointAsync(batch[i], transaction);
                return true;
            }, CancellationToken.None, () => committed = true);
        }
        catch (Exception) when (committed)
        {
            // Handing the connection back failed after a successful commit: the results are durable, answer them as written.
        }
        catch (Exception failure)
        {
            // Not committed (BEGIN, a savepoint's rollback, or the commit failed): nothing of the batch was written.
            foreach (var step in batch) step.Answer.TrySetException(failure);
            return;
        }
        for (var i = 0; i < batch.Count; i++)
        {
            if (answers[i].Error is { } error) batch[i].Answer.TrySetException(error);
            else batch[i].Answer.TrySetResult(answers[i].Result!);
        }
    }

    /// <summary>One result inside its own savepoint: kept when applied, rolled back to the savepoint when refused or failed.</summary>
    private async Task<(ApplyResult? Result, Exception? Error)> WriteInSavepointAsync(PendingStep step, DbTransaction transaction)
    {
        Timings?.Add(WritePart.Begin, step.Since);
        await transaction.SaveAsync("step");
        (ApplyResult? Result, Exception? Error) answer;
        try
        {
            step.Ct.ThrowIfCancellationRequested();
            var result = await WriteAsync(step.Result, step.Definition, step.OfficeZone, step.IpAddress, step.Ct);
            answer = (result, null);
        }
        catch (Exception error)
        {
            answer = (null, error);
        }
        finally
        {
            db.ChangeTracker.Clear(); // nothing this result left tracked may be saved by the next one
        }
        // A refusal wrote nothing, but rolling back to the savepoint makes "a refused result changes nothing" hold by construction.
        if (answer.Result is not Applied) await transaction.RollbackAsync("step");
        await transaction.ReleaseAsync("step");
        return answer;
    }
}
