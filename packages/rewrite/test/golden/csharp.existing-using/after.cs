using System;
using System.Net.Http;

class Api { string key = Environment.GetEnvironmentVariable("API_KEY"); }
