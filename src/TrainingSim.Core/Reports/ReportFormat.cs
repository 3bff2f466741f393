namespace TrainingSim.Core.Reports;

public enum ReportFormat
{
    Table,
    Csv,
    Json,
}
