using TechBridge.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddTechBridge();

var app = builder.Build();
app.UseTechBridge();
await app.InitializeDatabaseAsync();
await app.RunAsync();

/// <summary>Entry point; public so integration tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
