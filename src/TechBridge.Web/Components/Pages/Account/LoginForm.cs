using System.ComponentModel.DataAnnotations;
using TechBridge.Web.Localization;

namespace TechBridge.Web.Components.Pages.Account;

public sealed class LoginForm
{
    [Required(ErrorMessageResourceType = typeof(FormMessages), ErrorMessageResourceName = nameof(FormMessages.EmailRequired))]
    [EmailAddress(ErrorMessageResourceType = typeof(FormMessages), ErrorMessageResourceName = nameof(FormMessages.EmailInvalid))]
    public string? Email { get; set; }

    [Required(ErrorMessageResourceType = typeof(FormMessages), ErrorMessageResourceName = nameof(FormMessages.PasswordRequired))]
    public string? Password { get; set; }
}
