'use strict';
const { requireEnv } = require('./unleak-env.cjs');
const express = require('express');

module.exports = {
  sessionSecret: requireEnv('SESSION_SECRET'),
};
