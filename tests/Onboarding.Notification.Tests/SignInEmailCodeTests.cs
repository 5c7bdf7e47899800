using Onboarding.Contracts.Commands;
using Onboarding.Notification.Infrastructure;
using Onboarding.Notification.Templates;
using Onboarding.Notification.Tests.Infrastructure;

namespace Onboarding.Notification.Tests;

/// <summary>STEP 3's sign-in code mail (確認コード), sent by identity-portal.</summary>
[Collection(NotificationServiceCollection.Name)]
public sealed class SignInEmailCodeTests(NotificationServiceFixture fixture)
{
    [Fact]
    public async Task A_sign_in_code_command_produces_one_mail_with_the_code()
    {
        (string culture, string subject, string codeLine, string nextButton)[] rows =
        [
            ("ja", "【大学生協】マイページ サインインの確認コード", "確認コード: 418203", "「続行」"),
            ("en", "University Co-op mypage: your sign-in code", "Sign-in code: 418203", "\"Continue\""),
        ];

        await Assert.AllAsync(rows, async row =>
        {
            var (culture, subject, codeLine, nextButton) = row;
            var to = Recipients.Email($"sign-in-code-{culture}");
            var messageId = await fixture.SendAsync(
                new SendSignInEmailCode(Guid.NewGuid(), to, "418203", DateTimeOffset.UtcNow.AddMinutes(15), culture));

            var mail = await fixture.Mail.WaitForMessageToAsync(to, NotificationServiceFixture.Patience);
            Assert.Equal(subject, mail.Subject);
            var text = await fixture.Mail.GetPlainTextAsync(mail.Id);
            Assert.Contains(codeLine, text);
            Assert.Contains(nextButton, text);
            var delivery = await fixture.WaitForDeliveryAsync(messageId, d => d.Status == DeliveryStatus.Sent);
            Assert.Equal(SignInEmailCodeTemplate.Name, delivery.Template);
        });
    }
}
