namespace Onboarding.Gateway.Localization;

public sealed partial record UiText
{
    public static readonly UiText English = new()
    {
        SiteTitle = "University Co-op E-money Registration",
        SiteTagline = "For co-op members",
        SkipToContent = "Skip to main content",
        FooterContact = "If you run into an error or have any questions, please contact your university co-op.",
        SwitchToCulture = "ja",
        SwitchToLabel = "日本語",
        SwitchToDescription = "日本語で表示する",
        DateFormat = "dddd, MMMM d, yyyy",

        ProgressLabel = "Registration progress",
        StepNumberFormat = "STEP {0}",
        Step1Title = "Confirm your email address",
        Step2Title = "Register with My Portal",
        Step3Title = "PokePay authentication",
        Step1Description = "Enter the member number and birth date printed on your notice and confirm the email address we have on file. If there is none, register a new one.",
        Step2Description = "Sign up for My Portal with the email address you confirmed in STEP 1 and set a password. You also verify your mobile phone number (by SMS or a voice call).",
        Step3Description = "Sign in to My Portal and link PokePay to activate your e-money. Registration is complete when your e-money page appears.",
        StepStateDone = "done",
        StepStateCurrent = "current step",
        StepStateRemaining = "not done yet",

        HomeTitle = "Please register to keep using your e-money",
        HomeEyebrow = "Important notice",
        HomeCutoverWarningFormat = "If you do not register, your e-money stops working from {0}.",
        HomePcNote = "You can register from a PC in three steps, even without a smartphone.",
        HomeDeadlineHeading = "Deadline",
        HomeDeadlineFormat = "Please complete all three steps by {0}.",
        HomeOrderHeading = "Follow the steps in order",
        HomeOrderText = "Go through STEP 1, STEP 2 and STEP 3 in this order. A step opens only when the one before it is complete.",
        HomeResumeText = "You can stop at any time and continue later where you left off.",
        HomeStepsHeading = "The three steps",
        HomeNeedsHeading = "What you need",
        HomeNeedNotice = "Your notice letter (for your member number and birth date)",
        HomeNeedEmail = "An email address where you can receive mail",
        HomeNeedPhone = "A mobile phone that can receive SMS or calls",
        HomeStartButton = "Start with STEP 1",

        ErrorTitle = "Something went wrong",
        ErrorText = "Sorry, a problem occurred while processing your request. Please wait a moment and try again.",
        NotFoundTitle = "Page not found",
        NotFoundText = "We could not find the page you were looking for. Please check the address.",
        BackToHome = "Back to the top page",

        ProblemGenericTitle = "An error occurred.",
        ProblemNotFoundTitle = "The requested page or data was not found.",
        ProblemServiceUnavailableTitle = "The service cannot be reached right now. Please try again later.",
        ProblemTooManyRequestsTitle = "Too many requests in a short time.",
        ProblemTooManyRequestsDetailFormat = "Please wait about {0} seconds and try again.",
    };
}
