using System;
using System.Net.Http;

class Api { string key = "FAKE-not-a-real-key-0000"; }
