namespace ChatBot.Dialogs.Domain;

public sealed class ProgressReport
{
    public string Id { get; set; } = "";
    public string AssignmentId { get; set; } = "";
    public string Text { get; set; } = "";
    public int? Percent { get; set; }
    public string ReportedBy { get; set; } = "";
    public DateTimeOffset ReportedAt { get; set; }
    public List<EvidenceFile> Evidence { get; set; } = [];
}
