using Onboarding.Contracts.Commands;
using Onboarding.Notification.Infrastructure;
using Onboarding.Notification.Templates;
using Onboarding.Notification.Tests.Infrastructure;

namespace Onboarding.Notification.Tests;

/// <summary>STEP 2's sign-up code mail (確認コード), sent by identity-portal.</summary>
[Collection(NotificationServiceCollection.Name)]
public sealed class PortalEmailCodeTests(NotificationServiceFixture fixture)
{
    [Fact]
    public async Task A_sign_up_code_command_produces_one_mail_with_the_code()
    {
        (string culture, string subject, string codeLine)[] rows =
        [
            ("ja", "【大学生協】マイポータル登録の確認コード", "確認コード: 305172"),
            ("en", "University Co-op My Portal: your verification code", "Verification code: 305172"),
        ];

        await Assert.AllAsync(rows, async row =>
        {
            var (culture, subject, codeLine) = row;
            var to = Recipients.Email($"portal-code-{culture}");
            var messageId = await fixture.SendAsync(
                new SendPortalEmailCode(Guid.NewGuid(), to, "305172", DateTimeOffset.UtcNow.AddMinutes(15), culture));

            var mail = await fixture.Mail.WaitForMessageToAsync(to, NotificationServiceFixture.Patience);
            Assert.Equal(subject, mail.Subject);
            Assert.Contains(codeLine, await fixture.Mail.GetPlainTextAsync(mail.Id));
            var delivery = await fixture.WaitForDeliveryAsync(messageId, d => d.Status == DeliveryStatus.Sent);
            Assert.Equal(PortalEmailCodeTemplate.Name, delivery.Template);
        });
    }
}
