<?php
define('DB_PASSWORD', 'hunter2-fake-password');
$apiKey = "FAKE-not-a-real-key-0000";
