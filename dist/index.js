'use strict';
require('node:module').enableCompileCache?.();
require('./bundle-action.js');
