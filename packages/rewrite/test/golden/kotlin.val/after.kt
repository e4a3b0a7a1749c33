object Keys {
    val stripe = (System.getenv("STRIPE_KEY") ?: error("Missing environment variable STRIPE_KEY"))
}
