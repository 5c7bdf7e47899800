using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.OperatorConsole.Localization;

public static partial class ConsoleText
{
    public static readonly LocalizedText NavFunnel = new("進捗状況", "Funnel");
    public static readonly LocalizedText FunnelTitle = new("登録の進捗状況", "Registration funnel");
    public static readonly LocalizedText FunnelIntro = new(
        "生協ごとに、組合員が次に行うステップ別の人数です。数分ごとに集計されます。",
        "Members per co-op by the step they have to do next. The figures are counted every few minutes.");
    public static readonly LocalizedText HomeFunnelText = new(
        "生協ごとの進捗と日ごとの推移を確認し、未完了の組合員をCSVで出力します。",
        "See each co-op's progress and the daily trend, and export the members not yet done as CSV.");
    /// <summary>{0}: when the figures were read.</summary>
    public static readonly LocalizedText FunnelTakenAtFormat = new("集計日時：{0}（日本時間）", "Counted at {0} (Japan time)");
    public static readonly LocalizedText FunnelFilterLegend = new("絞り込み", "Filter");
    public static readonly LocalizedText FunnelCoopLabel = new("生協（名簿の表記）", "Co-op (as on the roster)");
    public static readonly LocalizedText FunnelCoopHint = new("空欄ならすべての生協です。", "Leave empty for every co-op.");
    public static readonly LocalizedText FunnelDaysLabel = new("推移の日数", "Days of trend");
    public static readonly LocalizedText FunnelFilterButton = new("表示", "Show");
    public static readonly LocalizedText FunnelCoopTooLong = new("生協名は200文字までで入力してください。", "A co-op name is at most 200 characters.");
    public static readonly LocalizedText FunnelDaysInvalid = new("日数は1から366までの数字で入力してください。", "Enter a number of days from 1 to 366.");
    public static readonly LocalizedText FunnelCoopsCaption = new("生協ごとの人数", "Members per co-op");
    public static readonly LocalizedText FunnelColumnCoop = new("生協", "Co-op");
    public static readonly LocalizedText FunnelColumnTotal = new("合計", "Total");
    public static readonly LocalizedText FunnelColumnDay = new("日付", "Day");
    public static readonly LocalizedText FunnelColumnCompletedShare = new("完了の割合", "Share completed");
    public static readonly LocalizedText FunnelAllCoops = new("すべての生協", "All co-ops");
    public static readonly LocalizedText FunnelNoCoops = new("該当する生協の集計はありません。", "No co-op's figures match.");
    public static readonly LocalizedText FunnelTrendTitle = new("日ごとの推移", "Daily trend");
    public static readonly LocalizedText FunnelTrendCaption = new("日ごとの人数（その日の最後の集計）", "Members per day (each day's last count)");
    public static readonly LocalizedText FunnelExportTitle = new("未完了の組合員をCSVで出力", "Export the members not yet done as CSV");
    public static readonly LocalizedText FunnelExportNote = new(
        "CSVには氏名とメールアドレスが含まれます。出力は監査ログに記録されます。CSVはExcelでそのまま開けます（UTF-8、BOM付き）。",
        "The CSV holds names and e-mail addresses. The export is written to the audit log. It opens directly in Excel (UTF-8 with BOM).");
    public static readonly LocalizedText FunnelExportCoopLabel = new("生協", "Co-op");
    public static readonly LocalizedText FunnelExportStageLabel = new("ステップ", "Stage");
    public static readonly LocalizedText FunnelExportAllStages = new("未完了のすべて", "Every stage not yet done");
    public static readonly LocalizedText FunnelExportButton = new("CSVを出力", "Export CSV");
    public static readonly LocalizedText FunnelExportCoopRequired = new("生協を入力してください。", "Enter the co-op.");
    public static readonly LocalizedText FunnelExportStageInvalid = new("一覧からステップを選んでください。", "Choose a stage from the list.");

    public static readonly LocalizedText StageNotStarted = new("未開始", "Not started");
    public static readonly LocalizedText StageStep1 = new("STEP 1", "STEP 1");
    public static readonly LocalizedText StageStep2 = new("STEP 2", "STEP 2");
    public static readonly LocalizedText StageStep3 = new("STEP 3", "STEP 3");
    public static readonly LocalizedText StageCompleted = new("完了", "Completed");

    /// <summary>A funnel stage's (or next step's) name for people; one this table does not know is shown as sent.</summary>
    public static LocalizedText FunnelStage(string stage) => stage switch
    {
        "not_started" => StageNotStarted,
        "step1" => StageStep1,
        "step2" => StageStep2,
        "step3" => StageStep3,
        "completed" => StageCompleted,
        _ => new LocalizedText(stage, stage),
    };
}
