package com.legacyshop.reports;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Read-only access to the sales replica for the nightly report. */
public final class ReportsDb {
    private static final String JDBC_URL = "jdbc:mysql://replica.legacy-shop.internal:3306/sales?useSSL=true";
    private static final String DB_USER = "reports_ro";
    private static final String DB_PASSWORD = "{{fake:password:reports-java}}";

    private ReportsDb() {}

    public static Connection connect() throws SQLException {
        String url = System.getenv().getOrDefault("REPORTS_JDBC_URL", JDBC_URL);
        return DriverManager.getConnection(url, DB_USER, DB_PASSWORD);
    }

    public static List<String[]> dailyTotals(LocalDate day) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Connection c = connect();
             PreparedStatement ps = c.prepareStatement("SELECT sku, SUM(qty), SUM(total_cents) FROM order_lines WHERE day = ? GROUP BY sku")) {
            ps.setObject(1, day);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        return rows;
    }
}
