using System.Resources;

[assembly: NeutralResourcesLanguage("ko")]
