'use strict';
const express = require('express');

module.exports = {
  sessionSecret: 'hunter2-fake-password',
};
