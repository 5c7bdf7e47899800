using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.OperatorConsole.Localization;

public static partial class ConsoleText
{
    public static readonly LocalizedText NavRoster = new("名簿の取り込み", "Roster import");
    public static readonly LocalizedText RosterTitle = new("組合員名簿の取り込み", "Import the member roster");
    public static readonly LocalizedText RosterIntro = new(
        "組合員名簿のCSV（UTF-8 または Shift_JIS）を取り込みます。組合員番号が同じ行は更新され、新しい番号の行は追加されます。問題のある行は取り込まれず、一覧に表示されます。",
        "Imports a member roster CSV (UTF-8 or Shift_JIS). Rows with a known member number update that member, new numbers are added. Rows with a problem are not imported and are listed.");
    public static readonly LocalizedText HomeRosterText = new(
        "組合員名簿のCSVを取り込み、取り込めなかった行を確認します。",
        "Import the member roster CSV and see the rows that could not be imported.");
    public static readonly LocalizedText RosterFileLabel = new("名簿のCSVファイル", "Roster CSV file");
    public static readonly LocalizedText RosterFileHint = new("1 GB まで。", "Up to 1 GB.");
    public static readonly LocalizedText RosterFileRequired = new("CSVファイルを選んでください。", "Choose a CSV file.");
    public static readonly LocalizedText RosterFileEmpty = new("選んだファイルは空です。", "The chosen file is empty.");
    public static readonly LocalizedText RosterFileTooLarge = new("ファイルは 1 GB までにしてください。", "The file must be 1 GB or smaller.");
    public static readonly LocalizedText RosterImportButton = new("取り込む", "Import");
    public static readonly LocalizedText RosterReportTitle = new("取り込みの結果", "Import report");
    public static readonly LocalizedText RosterReportEncoding = new("文字コード", "Encoding");
    public static readonly LocalizedText RosterReportRows = new("行数", "Rows");
    public static readonly LocalizedText RosterReportInserted = new("追加", "Added");
    public static readonly LocalizedText RosterReportUpdated = new("更新", "Updated");
    public static readonly LocalizedText RosterReportUnchanged = new("変更なし", "Unchanged");
    public static readonly LocalizedText RosterReportRejected = new("取り込めなかった行", "Rejected");
    public static readonly LocalizedText RosterRejectionsCaption = new("取り込めなかった行", "Rejected rows");
    /// <summary>{0}: rows listed, {1}: rows rejected in all.</summary>
    public static readonly LocalizedText RosterRejectionsTruncatedFormat = new(
        "取り込めなかった {1} 行のうち、最初の {0} 行を表示しています。",
        "The first {0} of {1} rejected rows are listed.");
    public static readonly LocalizedText RosterColumnLine = new("行", "Line");
    public static readonly LocalizedText RosterColumnMemberNumber = new("組合員番号", "Member number");
    public static readonly LocalizedText RosterColumnField = new("項目", "Field");
    public static readonly LocalizedText RosterColumnMessage = new("理由", "Problem");
    public static readonly LocalizedText RosterRejectionsDownload = new("取り込めなかった行をCSVで保存", "Download the rejected rows as CSV");
    public static readonly LocalizedText RosterReportGone = new(
        "この取り込みの結果はもう保存されていません（30分間だけ保存されます）。",
        "This import's report is no longer kept (it is kept for 30 minutes).");
    public static readonly LocalizedText RosterReportIdInvalid = new("取り込みの結果を指定してください。", "Name an import report.");

    /// <summary>The rejected rows' CSV header.</summary>
    public static readonly IReadOnlyList<LocalizedText> RosterRejectionsHeader =
    [
        RosterColumnLine, RosterColumnMemberNumber, RosterColumnField, new("理由コード", "Reason code"),
        new("重複している行", "Duplicate of line"), RosterColumnMessage,
    ];
}
