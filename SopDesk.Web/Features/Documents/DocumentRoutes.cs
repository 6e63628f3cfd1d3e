using SopDesk.Workflows.Definitions;

namespace SopDesk.Web.Features.Documents;

/// <summary>Where a berkas's document prints: the two dedicated layouts keep their addresses, any declared document is under /dokumen/.</summary>
public static class DocumentRoutes
{
    public static string PrintPath(Guid caseId, DocumentDefinition document) =>
        DocumentTemplates.Dedicated.Contains(document.Template) ? $"/berkas/{caseId}/{document.Template}" : $"/berkas/{caseId}/dokumen/{document.Id}";
}
