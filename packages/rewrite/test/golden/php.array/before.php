<?php
return ['smtp' => ['password' => 'hunter2-fake-password']];
