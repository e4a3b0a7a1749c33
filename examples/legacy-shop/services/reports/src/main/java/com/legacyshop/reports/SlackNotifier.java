package com.legacyshop.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

public final class SlackNotifier {
    private static final String WEBHOOK_URL = "{{fake:slack-webhook:reports}}";

    public static void post(String text) throws IOException {
        HttpURLConnection conn = (HttpURLConnection) new URL(WEBHOOK_URL).openConnection();
        conn.setRequestMethod("POST");
        conn.setDoOutput(true);
        conn.setRequestProperty("Content-Type", "application/json");
        try (OutputStream out = conn.getOutputStream()) {
            out.write(("{\"text\":\"" + text.replace("\"", "\\\"") + "\"}").getBytes(StandardCharsets.UTF_8));
        }
        conn.getResponseCode();
    }
}
