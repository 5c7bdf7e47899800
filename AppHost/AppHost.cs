var builder = DistributedApplication.CreateBuilder(args);
builder.AddProject<Projects.Onboarding_Gateway>("gateway");
builder.Build().Run();
