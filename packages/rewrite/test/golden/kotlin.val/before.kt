object Keys {
    val stripe = "FAKE-not-a-real-key-0000"
}
