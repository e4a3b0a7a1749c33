<?php
define('DB_PASSWORD', getenv('DB_PASSWORD'));
$apiKey = getenv('API_KEY');
