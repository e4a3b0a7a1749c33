import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { PASSWORD_PLACEHOLDERS } from './shared.js';

interface UrlRuleSpec {
  id: string;
  title: string;
  kind: Rule['kind'];
  sensitivity: Rule['sensitivity'];
  /** Lower-case scheme literals (without `://`). */
  schemes: string[];
  /** The scheme alternatives, e.g. `postgres(?:ql)?(?:\+[a-z0-9]{1,20})?`. */
  scheme: string;
  /** `scheme://user:pass@host:port/db` sample pieces. */
  sampleScheme: string;
  port: string;
}

/**
 * `scheme://user:password@host:port/dbname`: the secret is the password (4+ characters: `u:pw@` and
 * `abc:xyz@` are documentation, not credentials); engine, username, host, port and
 * dbname are named groups so a migration can split the URL into one secret and plain config.
 */
function connectionUrl(spec: UrlRuleSpec): Rule {
  const { id, title, kind, sensitivity, schemes, scheme, sampleScheme, port } = spec;
  const password = fake.password(20, id);
  return {
    id,
    provider: 'connection-url',
    title,
    kind,
    sensitivity,
    store: 'secrets-manager',
    keywords: schemes.map((s) => `${s}://`),
    pattern: new RegExp(
      `(?<![A-Za-z0-9+.-])(?<engine>${scheme}):\\/\\/(?<username>[^:/?#@\\s'"\`]{0,128}):(?<secret>[^@/?\\s'"\`]{4,256})@(?<host>[^:/?#\\s'"\`@,;]{1,253})(?::(?<port>\\d{1,5}))?(?:\\/(?<dbname>[^?#\\s'"\`;,/]{1,128}))?`,
      'i',
    ),
    allow: PASSWORD_PLACEHOLDERS,
    samples: {
      match: [
        `DATABASE_URL=${sampleScheme}://app_user:${password}@db.internal.example.com:${port}/orders`,
        `url: "${sampleScheme}://admin:${fake.alnum(16, `${id}-2`)}@10.0.3.17"`,
        // Passwords may hold `#` before the `@`: it is userinfo, not a fragment.
        `DATABASE_URL=${sampleScheme}://shop:#${fake.alnum(6, `${id}-3`)}#p-^H@localhost:${port}/shop`,
      ],
      noMatch: [
        `DATABASE_URL=${sampleScheme}://app_user:\${DB_PASSWORD}@db:${port}/orders`,
        `url: ${sampleScheme}://user:password@localhost:${port}/db`,
        `url: ${sampleScheme}://db.internal.example.com:${port}/orders`,
        `new URL('${sampleScheme}://abc:xyz@example.com')`,
        `const DOC = "${sampleScheme}://admin:REPLACE_WITH_PASSWORD@db.example.com:${port}/app";`,
        `url: ${sampleScheme}://YOUR_USERNAME:YOUR_PASSWORD@db.example.com/app`,
        `url: ${sampleScheme}://app_user:\n# ${fake.alnum(12, `${id}-4`)}@db.internal.example.com:${port}/orders`,
      ],
    },
  };
}

export const connectionUrlRules: Rule[] = [
  connectionUrl({ id: 'postgres-url', title: 'PostgreSQL connection URL with password', kind: 'db-url', sensitivity: 'critical', schemes: ['postgres', 'postgresql'], scheme: 'postgres(?:ql)?(?:\\+[a-z0-9]{1,20})?', sampleScheme: 'postgresql', port: '5432' }),
  connectionUrl({ id: 'mysql-url', title: 'MySQL / MariaDB connection URL with password', kind: 'db-url', sensitivity: 'critical', schemes: ['mysql', 'mysql2', 'mysqlx', 'mariadb'], scheme: 'mysql(?:x|2)?(?:\\+[a-z0-9]{1,20})?|mariadb', sampleScheme: 'mysql', port: '3306' }),
  connectionUrl({ id: 'mongodb-url', title: 'MongoDB connection URL with password', kind: 'db-url', sensitivity: 'critical', schemes: ['mongodb', 'mongodb+srv'], scheme: 'mongodb(?:\\+srv)?', sampleScheme: 'mongodb+srv', port: '27017' }),
  connectionUrl({ id: 'redis-url', title: 'Redis / Valkey connection URL with password', kind: 'db-url', sensitivity: 'high', schemes: ['redis', 'rediss', 'valkey'], scheme: 'rediss?|valkeys?', sampleScheme: 'rediss', port: '6380' }),
  connectionUrl({ id: 'amqp-url', title: 'AMQP (RabbitMQ) broker URL with password', kind: 'broker-url', sensitivity: 'high', schemes: ['amqp', 'amqps'], scheme: 'amqps?', sampleScheme: 'amqps', port: '5671' }),
  connectionUrl({ id: 'mssql-url', title: 'SQL Server connection URL with password', kind: 'db-url', sensitivity: 'critical', schemes: ['mssql', 'sqlserver'], scheme: 'mssql(?:\\+[a-z0-9]{1,20})?|sqlserver', sampleScheme: 'sqlserver', port: '1433' }),
  connectionUrl({ id: 'mqtt-url', title: 'MQTT broker URL with password', kind: 'broker-url', sensitivity: 'high', schemes: ['mqtt', 'mqtts'], scheme: 'mqtts?', sampleScheme: 'mqtts', port: '8883' }),
  connectionUrl({ id: 'nats-url', title: 'NATS broker URL with password', kind: 'broker-url', sensitivity: 'high', schemes: ['nats', 'tls'], scheme: 'nats|tls', sampleScheme: 'nats', port: '4222' }),
  connectionUrl({ id: 'clickhouse-url', title: 'ClickHouse connection URL with password', kind: 'db-url', sensitivity: 'critical', schemes: ['clickhouse'], scheme: 'clickhouse(?:\\+[a-z0-9]{1,20})?', sampleScheme: 'clickhouse', port: '9000' }),
  connectionUrl({ id: 'neo4j-url', title: 'Neo4j / Bolt connection URL with password', kind: 'db-url', sensitivity: 'critical', schemes: ['neo4j', 'neo4j+s', 'bolt'], scheme: 'neo4j(?:\\+s|\\+ssc)?|bolt(?:\\+s)?', sampleScheme: 'neo4j+s', port: '7687' }),
  connectionUrl({ id: 'ldap-url', title: 'LDAP URL with bind password', kind: 'password', sensitivity: 'high', schemes: ['ldap', 'ldaps'], scheme: 'ldaps?', sampleScheme: 'ldaps', port: '636' }),
  connectionUrl({ id: 'ftp-url', title: 'FTP / SFTP URL with password', kind: 'password', sensitivity: 'high', schemes: ['ftp', 'sftp', 'ftps'], scheme: 's?ftps?', sampleScheme: 'sftp', port: '22' }),
  connectionUrl({ id: 'smtp-url', title: 'SMTP URL with password', kind: 'password', sensitivity: 'high', schemes: ['smtp', 'smtps'], scheme: 'smtps?', sampleScheme: 'smtps', port: '465' }),
  connectionUrl({ id: 'basic-auth-url', title: 'HTTP(S) URL with basic-auth credentials', kind: 'basic-auth-url', sensitivity: 'high', schemes: ['http', 'https'], scheme: 'https?', sampleScheme: 'https', port: '8443' }),
  {
    id: 'jdbc-url-password',
    provider: 'connection-url',
    title: 'JDBC URL with a password parameter',
    kind: 'db-url',
    sensitivity: 'critical',
    store: 'secrets-manager',
    keywords: ['jdbc:'],
    pattern:
      /jdbc:(?<engine>postgresql|mysql|mariadb|sqlserver|jtds:sqlserver|db2|h2|redshift|snowflake|clickhouse|as400)(?::\/\/|:)(?<host>[^:/?;\s'"`]{1,253})(?::(?<port>\d{1,5}))?(?:\/(?<dbname>[^?;\s'"`]{1,128}))?[?;][^\s'"`]{0,300}?\bpassword=(?<secret>[^&;\s'"`]{1,256})/i,
    allow: PASSWORD_PLACEHOLDERS,
    samples: {
      match: [
        `spring.datasource.url=jdbc:postgresql://db.internal:5432/orders?user=app&password=${fake.password(18, 'jdbc1')}`,
        `url: jdbc:sqlserver://sql.internal:1433;databaseName=shop;user=sa;password=${fake.password(18, 'jdbc2')};encrypt=true`,
      ],
      noMatch: ['jdbc:postgresql://db.internal:5432/orders?user=app&password=${DB_PASSWORD}', 'jdbc:mysql://db.internal:3306/shop?useSSL=true'],
    },
  },
  {
    id: 'jdbc-oracle-thin-password',
    provider: 'connection-url',
    title: 'Oracle JDBC thin URL with user/password',
    kind: 'db-url',
    sensitivity: 'critical',
    store: 'secrets-manager',
    keywords: ['jdbc:oracle:'],
    pattern:
      /jdbc:(?<engine>oracle):thin:(?<username>[A-Za-z0-9_$#]{1,128})\/(?<secret>[^@\s'"`]{1,256})@(?:\/\/)?(?<host>[^:/\s'"`]{1,253})(?::(?<port>\d{1,5}))?(?:[:/](?<dbname>[A-Za-z0-9_.$-]{1,128}))?/i,
    allow: PASSWORD_PLACEHOLDERS,
    samples: {
      match: [`db.url=jdbc:oracle:thin:scott/${fake.password(16, 'ora')}@//ora.internal:1521/ORCLPDB1`],
      noMatch: ['db.url=jdbc:oracle:thin:@//ora.internal:1521/ORCLPDB1', 'db.url=jdbc:oracle:thin:scott/<password>@ora:1521:ORCL'],
    },
  },
  {
    id: 'ado-net-connection-string',
    provider: 'connection-url',
    title: 'ADO.NET / ODBC connection string with password',
    kind: 'db-url',
    sensitivity: 'critical',
    store: 'secrets-manager',
    keywords: ['password=', 'pwd='],
    pattern:
      /\b(?:Server|Data Source|Host|Address)\s{0,2}=\s{0,2}(?<host>[^;'"\r\n]{1,253});[^'"\r\n]{0,300}?\b(?:Password|Pwd)\s{0,2}=\s{0,2}(?<secret>[^;'"\s]{1,256})/i,
    allow: PASSWORD_PLACEHOLDERS,
    samples: {
      match: [
        `"DefaultConnection": "Server=sql.internal,1433;Database=Shop;User Id=shop_app;Password=${fake.password(18, 'ado1')};TrustServerCertificate=True"`,
        `Driver={ODBC Driver 18 for SQL Server};Server=tcp:sql.internal;Uid=app;Pwd=${fake.password(18, 'ado2')};`,
      ],
      noMatch: ['"DefaultConnection": "Server=sql.internal;Database=Shop;Integrated Security=true"', 'Server=sql;Database=Shop;User Id=app;Password=${DB_PASSWORD};'],
    },
  },
  {
    id: 'kafka-jaas-password',
    provider: 'connection-url',
    title: 'Kafka SASL JAAS config with password',
    kind: 'password',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['loginmodule'],
    pattern: /LoginModule\s{1,8}required\b[^;]{0,300}?\bpassword\s{0,2}=\s{0,2}["'](?<secret>[^"'\s]{1,256})["']/i,
    allow: PASSWORD_PLACEHOLDERS,
    samples: {
      match: [`sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="svc-orders" password="${fake.password(24, 'jaas')}";`],
      noMatch: ['sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="svc" password="${KAFKA_PASSWORD}";'],
    },
  },
];
