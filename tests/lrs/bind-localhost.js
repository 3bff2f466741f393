// Preloaded into Learning Locker's xAPI service (node -r ./bind-localhost.js): it listens on all interfaces
// by default; this binds every listen() to 127.0.0.1 and, when LRS_PORT_FILE is set, writes the port it got
// (EXPRESS_PORT=0 lets the system pick a free one) to that file once listening.
'use strict';
const net = require('net');
const fs = require('fs');
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'number' || (typeof args[0] === 'string' && /^\d+$/.test(args[0]))) {
    const callback = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
    const port = Number(args[0]);
    return listen.call(this, port, '127.0.0.1', () => {
      if (process.env.LRS_PORT_FILE) {
        const temporary = process.env.LRS_PORT_FILE + '.partial';
        fs.writeFileSync(temporary, String(this.address().port));
        fs.renameSync(temporary, process.env.LRS_PORT_FILE);
      }
      if (callback) callback();
    });
  }
  return listen.apply(this, args);
};
