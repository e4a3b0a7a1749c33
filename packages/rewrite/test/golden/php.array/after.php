<?php
return ['smtp' => ['password' => getenv('SMTP_PASSWORD')]];
