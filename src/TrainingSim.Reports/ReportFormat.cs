namespace TrainingSim.Reports;

public enum ReportFormat
{
    Table,
    Csv,
    Json,
}
