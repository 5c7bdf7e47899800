using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Onboarding.Gateway.Localization;

/// <summary>
/// Every string the member web UI shows, one instance per language. All members are <c>required</c>,
/// so a string added for one language and forgotten in the other does not compile.
/// Values ending in <c>Format</c> take a <c>{0}</c> argument (a few, documented where declared, also <c>{1}</c>).
/// </summary>
public sealed partial record UiText
{
    public static UiText For(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" ? English : Japanese;

    /// <summary>
    /// The texts for the culture the localization middleware chose for this request. Also right in code that
    /// runs outside that middleware (error handlers further out), where the current culture is not set.
    /// </summary>
    public static UiText For(HttpContext context) =>
        For(context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? CultureInfo.CurrentUICulture);

    // Layout
    public required string SiteTitle { get; init; }
    public required string SiteTagline { get; init; }
    public required string SkipToContent { get; init; }
    public required string FooterContact { get; init; }

    /// <summary>The culture the language switch changes to, and its label written in that language.</summary>
    public required string SwitchToCulture { get; init; }
    public required string SwitchToLabel { get; init; }
    public required string SwitchToDescription { get; init; }

    /// <summary>Date pattern (e.g. <c>2027年1月1日（金）</c> / <c>Friday, January 1, 2027</c>).</summary>
    public required string DateFormat { get; init; }

    // The three steps and the progress indicator
    public required string ProgressLabel { get; init; }
    public required string StepNumberFormat { get; init; }
    public required string Step1Title { get; init; }
    public required string Step2Title { get; init; }
    public required string Step3Title { get; init; }
    public required string Step1Description { get; init; }
    public required string Step2Description { get; init; }
    public required string Step3Description { get; init; }
    public required string StepStateDone { get; init; }
    public required string StepStateCurrent { get; init; }
    public required string StepStateRemaining { get; init; }
    /// <summary>Added to 完了 when the page shown belongs to that step.</summary>
    public required string StepStateHereSuffix { get; init; }

    // Landing page
    public required string HomeTitle { get; init; }
    public required string HomeEyebrow { get; init; }
    public required string HomeCutoverWarningFormat { get; init; }
    public required string HomePcNote { get; init; }
    public required string HomeDeadlineHeading { get; init; }
    public required string HomeDeadlineFormat { get; init; }
    public required string HomeOrderHeading { get; init; }
    public required string HomeOrderText { get; init; }
    public required string HomeResumeText { get; init; }
    public required string HomeStepsHeading { get; init; }
    public required string HomeNeedsHeading { get; init; }
    public required string HomeNeedNotice { get; init; }
    public required string HomeNeedEmail { get; init; }
    public required string HomeNeedPhone { get; init; }
    public required string HomeStartButton { get; init; }

    // Error pages
    public required string ErrorTitle { get; init; }
    public required string ErrorText { get; init; }
    public required string NotFoundTitle { get; init; }
    public required string NotFoundText { get; init; }
    public required string BackToHome { get; init; }

    // Problem details written by the gateway itself (the services localise their own)
    public required string ProblemGenericTitle { get; init; }
    public required string ProblemNotFoundTitle { get; init; }
    public required string ProblemServiceUnavailableTitle { get; init; }
    public required string ProblemTooManyRequestsTitle { get; init; }
    public required string ProblemTooManyRequestsDetailFormat { get; init; }

    // Times and waits, always in Japan time. Patterns are .NET date/time format strings.
    public required string TimePattern { get; init; }
    public required string DateTimePattern { get; init; }
    public required string DurationOneSecond { get; init; }
    public required string DurationSecondsFormat { get; init; }
    public required string DurationOneMinute { get; init; }
    public required string DurationMinutesFormat { get; init; }
    public required string DurationOneHour { get; init; }
    public required string DurationHoursFormat { get; init; }

    // 和暦 hints in the birth-year select: {0} the Western year, {1} the era year(s); {0} era name, {1} its year.
    public required string BirthYearOptionFormat { get; init; }
    public required string EraYearFormat { get; init; }
    public required string EraFirstYear { get; init; }
    public required string EraSeparator { get; init; }
    public required string EraMeiji { get; init; }
    public required string EraTaisho { get; init; }
    public required string EraShowa { get; init; }
    public required string EraHeisei { get; init; }
    public required string EraReiwa { get; init; }

    // STEP 1: shared by its screens
    public required string ErrorSummaryTitle { get; init; }
    public required string ErrorPrefix { get; init; }
    /// <summary>Two sentences in a row ({0} then {1}): no space between Japanese sentences, one between English ones.</summary>
    public required string SentenceJoinFormat { get; init; }
    public required string AttemptsRemainingFormat { get; init; }
    public required string LookupLastAttempt { get; init; }
    public required string PasscodeLastAttempt { get; init; }
    public required string RetryAfterFormat { get; init; }
    /// <summary>After a locked lookup's wait: who can end the lock-out sooner (the help desk, by unlocking the number).</summary>
    public required string LookupLockedHelpDesk { get; init; }
    public required string ResendAfterFormat { get; init; }
    public required string StartOverButton { get; init; }
    public required string LookupMissingTitle { get; init; }
    public required string LookupMissingText { get; init; }
    public required string LookupExpiredTitle { get; init; }
    public required string LookupExpiredText { get; init; }

    // STEP 1, screen 1: member number and birth date
    public required string LookupTitle { get; init; }
    public required string LookupIntro { get; init; }
    public required string MemberNumberLabel { get; init; }
    public required string MemberNumberHint { get; init; }
    public required string BirthDateLegend { get; init; }
    public required string BirthDateHint { get; init; }
    public required string BirthYearLabel { get; init; }
    public required string BirthMonthLabel { get; init; }
    public required string BirthDayLabel { get; init; }
    public required string SelectPlaceholder { get; init; }
    /// <summary>How a month reads in its select (a .NET date format applied to the 1st of that month).</summary>
    public required string MonthOptionPattern { get; init; }
    /// <summary>English puts "Year" before its select; Japanese writes the unit after it (〔2004〕年).</summary>
    public required bool DatePartLabelFirst { get; init; }
    public required string LookupSubmit { get; init; }

    // STEP 1, screen 2: ご登録者の確認
    public required string ConfirmTitle { get; init; }
    public required string ConfirmIntro { get; init; }
    public required string MaskedNameLabel { get; init; }
    public required string HonorificFormat { get; init; }
    public required string ConfirmInstruction { get; init; }
    public required string ConfirmWrongName { get; init; }
    public required string ConfirmContinue { get; init; }
    public required string ConfirmCancel { get; init; }

    // STEP 1, screen 3: 登録内容確認
    public required string EmailTitle { get; init; }
    public required string EmailIntro { get; init; }
    public required string RegisteredHeading { get; init; }
    public required string RegisteredText { get; init; }
    public required string RegisteredExists { get; init; }
    public required string RegisteredNone { get; init; }
    public required string RegisteredNoneHint { get; init; }
    public required string SendRegisteredButton { get; init; }
    public required string NewHeading { get; init; }
    public required string NewText { get; init; }
    public required string EmailLabel { get; init; }
    public required string EmailHint { get; init; }
    public required string EmailConfirmationLabel { get; init; }
    public required string EmailConfirmationHint { get; init; }
    public required string NewSendNote { get; init; }
    public required string SendNewButton { get; init; }
    public required string OpenSentPasscodePage { get; init; }

    // STEP 1, screen 4: パスコードで認証 (also opened from the mail's link, in any browser)
    public required string PasscodeTitle { get; init; }
    public required string PasscodeSentToFormat { get; init; }
    public required string PasscodeIntro { get; init; }
    public required string PasscodeMailLinkNote { get; init; }
    public required string PasscodeExpiresFormat { get; init; }
    public required string PasscodeLabel { get; init; }
    public required string PasscodeHint { get; init; }
    public required string PasscodeSubmit { get; init; }
    public required string ResendHeading { get; init; }
    public required string ResendText { get; init; }
    public required string ResendButton { get; init; }
    public required string ResentNotice { get; init; }
    public required string PasscodeExpiredText { get; init; }
    public required string PasscodeLockedText { get; init; }
    public required string PasscodeSupersededText { get; init; }
    public required string PasscodeAlreadyConfirmedText { get; init; }
    public required string ChallengeNotFoundTitle { get; init; }
    public required string ChallengeNotFoundText { get; init; }

    // STEP 1, done
    public required string DoneTitle { get; init; }
    public required string DoneText { get; init; }
    public required string DoneEmailLabel { get; init; }
    public required string DoneNextText { get; init; }
    public required string DoneNextButton { get; init; }
    public required string DoneMissingTitle { get; init; }
    public required string DoneMissingText { get; init; }

    // STEP 2: start, sign-up, e-mail code, e-mail verified
    public required string Step2StartTitle { get; init; }
    public required string Step2StartIntro { get; init; }
    public required string Step2StartFirstTime { get; init; }
    public required string Step2StartStepsHeading { get; init; }
    public required string Step2StartStepEmail { get; init; }
    public required string Step2StartStepProfile { get; init; }
    public required string Step2StartStepPhone { get; init; }
    public required string Step2KnownEmailLabel { get; init; }
    public required string Step2UnknownEmailText { get; init; }
    public required string Step2SignupButton { get; init; }
    public required string SignupTitle { get; init; }
    public required string SignupIntro { get; init; }
    public required string SignupEmailFixedNote { get; init; }
    public required string SignupEmailLabel { get; init; }
    public required string SignupEmailHint { get; init; }
    public required string SignupSubmit { get; init; }
    public required string SignupGoToStep1 { get; init; }
    public required string SignupSignInNote { get; init; }
    public required string EmailCodeTitle { get; init; }
    public required string EmailCodeSentToFormat { get; init; }
    public required string EmailCodeIntro { get; init; }
    public required string EmailCodeExpiresFormat { get; init; }
    public required string EmailCodeLabel { get; init; }
    public required string EmailCodeHint { get; init; }
    public required string EmailCodeSubmit { get; init; }
    public required string EmailCodeLastAttempt { get; init; }
    public required string EmailCodeResendHeading { get; init; }
    public required string EmailCodeResendText { get; init; }
    public required string EmailCodeResendButton { get; init; }
    public required string EmailCodeResentNotice { get; init; }
    public required string SignupMissingTitle { get; init; }
    public required string SignupMissingText { get; init; }
    public required string EmailVerifiedTitle { get; init; }
    public required string EmailVerifiedText { get; init; }
    public required string EmailVerifiedNextHeading { get; init; }
    public required string EmailVerifiedNextProfile { get; init; }
    public required string EmailVerifiedNextPhoneFormat { get; init; }
    public required string PhoneSmsButton { get; init; }
    public required string PhoneVoiceButton { get; init; }
    public required string EmailVerifiedNextLink { get; init; }
    public required string ProfileTitle { get; init; }
    public required string ProfileIntro { get; init; }
    public required string ProfilePasswordReminder { get; init; }
    public required string ProfilePasswordLabel { get; init; }
    public required string ProfilePasswordHint { get; init; }
    public required string ProfilePasswordConfirmationLabel { get; init; }
    public required string ProfileFamilyNameLabel { get; init; }
    public required string ProfileGivenNameLabel { get; init; }
    public required string ProfileSubmit { get; init; }
    public required string ProfileMissingTitle { get; init; }
    public required string PhoneTitle { get; init; }
    public required string PhoneIntro { get; init; }
    public required string PhoneVoiceHint { get; init; }
    public required string PhoneNumberLabel { get; init; }
    public required string PhoneNumberHint { get; init; }
    public required string PhoneProfileMissingTitle { get; init; }
    public required string PhoneProfileMissingLink { get; init; }
    public required string PhoneCodeTitle { get; init; }
    public required string PhoneCodeSentSmsFormat { get; init; }
    public required string PhoneCodeSentVoiceFormat { get; init; }
    public required string PhoneCodeExpiresFormat { get; init; }
    public required string PhoneCodeLabel { get; init; }
    public required string PhoneCodeHint { get; init; }
    public required string PhoneCodeSubmit { get; init; }
    public required string PhoneCodeResendHeading { get; init; }
    public required string PhoneCodeResendText { get; init; }
    public required string PhoneCodeResentNotice { get; init; }
    public required string PhoneCodeChangeNumber { get; init; }
    public required string PhoneCodeMissingTitle { get; init; }
    public required string PhoneCodeMissingLink { get; init; }
    public required string Step2DoneTitle { get; init; }
    public required string Step2DoneText { get; init; }
    public required string Step2DoneNextText { get; init; }
    public required string Step2DoneNextLink { get; init; }

    // STEP 3: sign-in (PokePayマイページにアクセス), code, 続行, PokePay 認証, e-money mypage
    public required string Step3SignInTitle { get; init; }
    public required string Step3SignInIntro { get; init; }
    public required string Step3StepsHeading { get; init; }
    public required string Step3StepSignIn { get; init; }
    public required string Step3StepCode { get; init; }
    public required string Step3StepProvider { get; init; }
    public required string Step3StepConsent { get; init; }
    public required string Step3OrderNote { get; init; }
    public required string Step3EmailLabel { get; init; }
    public required string Step3EmailHint { get; init; }
    public required string Step3SignInSubmit { get; init; }
    public required string Step3SignedInNote { get; init; }
    public required string Step3OpenMypage { get; init; }
    public required string Step3SessionExpiredNotice { get; init; }
    /// <summary>The header's button on every page once signed in to STEP 3, and the sign-in page's confirmation.</summary>
    public required string SignOutButton { get; init; }
    public required string Step3SignedOutNotice { get; init; }
    public required string Step3CodeTitle { get; init; }
    public required string Step3CodeSentToFormat { get; init; }
    public required string Step3CodeIntro { get; init; }
    public required string Step3CodeExpiresFormat { get; init; }
    public required string Step3CodeResendText { get; init; }
    public required string Step3ChangeEmail { get; init; }
    public required string Step3SignInMissingTitle { get; init; }
    public required string Step3SignInMissingText { get; init; }
    public required string Step3StartOver { get; init; }
    public required string Step3VerifiedTitle { get; init; }
    public required string Step3VerifiedText { get; init; }
    public required string Step3SignedInAsLabel { get; init; }
    public required string Step3ProviderHeading { get; init; }
    public required string Step3ProviderStepLogin { get; init; }
    public required string Step3ProviderStepCode { get; init; }
    public required string Step3ProviderStepConsent { get; init; }
    public required string Step3ContinueButton { get; init; }
    public required string Step3RedirectingText { get; init; }
    public required string Step3LinkFailedTitle { get; init; }
    public required string Step3LinkFailedText { get; init; }
    public required string MypageTitle { get; init; }
    public required string MypageCompletedTitle { get; init; }
    public required string MypageCompletedTextFormat { get; init; }
    public required string MypageLinkedPendingText { get; init; }
    public required string MypageNotLinkedText { get; init; }
    public required string MypageLinkStateLabel { get; init; }
    public required string MypageLinked { get; init; }
    public required string MypageNotLinked { get; init; }
    public required string MypageLinkedAtLabel { get; init; }
    public required string MypageBalanceHeading { get; init; }
    public required string MypageTotalBalanceLabel { get; init; }
    public required string MypageMoneyBalanceLabel { get; init; }
    public required string MypagePointBalanceLabel { get; init; }
    /// <summary>An amount of yen, {0} already formatted with its sign and digit grouping.</summary>
    public required string YenFormat { get; init; }
    public required string MypageTransactionsHeading { get; init; }
    public required string MypageTransactionDateHeader { get; init; }
    public required string MypageTransactionDescriptionHeader { get; init; }
    public required string MypageTransactionAmountHeader { get; init; }
    public required string MypageNoTransactions { get; init; }
    public required string MypageTransactionFallbackDescription { get; init; }
    /// <summary>When a transaction was done, in Japan time (a .NET date/time format).</summary>
    public required string TransactionDatePattern { get; init; }
    public required string MypageProviderDownTitle { get; init; }
    public required string MypageProviderDownText { get; init; }
    public required string MypageLinkLinkedNotice { get; init; }
    public required string MypageLinkDeniedNotice { get; init; }
    public required string MypageLinkExpiredNotice { get; init; }
    public required string MypageLinkInvalidNotice { get; init; }
    public required string MypageLinkFailedNotice { get; init; }
    public required string MypageLinkUnavailableNotice { get; init; }
    public required string MypageLinkWrongBrowserNotice { get; init; }
    public required string MypageLinkWalletInUseNotice { get; init; }

    // The journey as a whole: resume (続きから再開する), skipping ahead, and the way on from a step taken out of order
    public required string HeaderLinksLabel { get; init; }
    public required string ResumeLink { get; init; }
    public required string HomeResumeHeading { get; init; }
    public required string HomeResumeButton { get; init; }
    public required string ResumeTitle { get; init; }
    public required string ResumeIntro { get; init; }
    public required string ResumeSubmit { get; init; }
    public required string ResumeFirstTimeNote { get; init; }
    public required string ResumeCompletedText { get; init; }
    public required string Step1AlreadyDoneTitle { get; init; }
    public required string Step1AlreadyDoneText { get; init; }
    public required string AlreadyCompletedTitle { get; init; }
    public required string AlreadyCompletedText { get; init; }
    public required string SkipToStep2Button { get; init; }
    public required string SkipToStep3Button { get; init; }
    public required string Step1RedoNote { get; init; }
    public required string Step2AlreadyDoneText { get; init; }
    public required string Step2MaskedEmailLabel { get; init; }
    public required string Step2ResumedEmailText { get; init; }
    public required string SignupMaskedEmailHintFormat { get; init; }
    public required string Step1FirstTitle { get; init; }
    public required string Step1FirstText { get; init; }
    public required string Step3NoAccountText { get; init; }
    public required string Step3NoAccountLink { get; init; }
    public required string PhoneCodeVoiceTitle { get; init; }

    public string StepTitle(int step) => step switch
    {
        1 => Step1Title,
        2 => Step2Title,
        3 => Step3Title,
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    public string StepDescription(int step) => step switch
    {
        1 => Step1Description,
        2 => Step2Description,
        3 => Step3Description,
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    public string StepNumber(int step) => string.Format(CultureInfo.InvariantCulture, StepNumberFormat, step);

    public string FormatDate(DateOnly date, CultureInfo culture) => date.ToString(DateFormat, culture);
}
