// The Weft extension: starts `weft lsp` for Weft scripts and adds commands to run them.
//
// A Weft script is a Go file that `weft` runs. VS Code already knows Go; what it cannot know is
// which Go files are Weft's, so a document counts as a Weft script when
//   * its first line is a `#!...weft` shebang, or
//   * a `.weft` marker file sits in its folder or a parent folder, or
//   * the `weft.enable` setting is on for its folder.
// The language client is registered for all Go documents, and its middleware passes only Weft
// scripts to the server, so that a workspace of ordinary Go code is left to gopls.
'use strict';

const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client = null;
let clientStarting = null;
const markerCache = new Map(); // folder -> whether it or a parent holds a .weft marker

function config(uri) {
  return vscode.workspace.getConfiguration('weft', uri);
}

function weftPath() {
  return config().get('path') || 'weft';
}

function hasMarker(dir) {
  const seen = [];
  let result = false;
  for (let d = dir; ; d = path.dirname(d)) {
    if (markerCache.has(d)) {
      result = markerCache.get(d);
      break;
    }
    seen.push(d);
    if (fs.existsSync(path.join(d, '.weft'))) {
      result = true;
      break;
    }
    if (path.dirname(d) === d) break;
  }
  for (const d of seen) markerCache.set(d, result);
  return result;
}

function isWeftDocument(doc) {
  if (!doc || doc.languageId !== 'go') return false;
  if (doc.uri.scheme !== 'file' && doc.uri.scheme !== 'untitled') return false;
  if (doc.lineCount > 0 && /^#!.*\bweft\b/.test(doc.lineAt(0).text)) return true;
  if (doc.uri.scheme !== 'file') return false;
  if (config(doc.uri).get('enable')) return true;
  return hasMarker(path.dirname(doc.uri.fsPath));
}

// Only Weft scripts reach the server; requests on other Go files get no answer from Weft.
// Middleware for a provider is called as (document, ...arguments, next).
function weftOnly(doc, ...rest) {
  const next = rest.pop();
  return isWeftDocument(doc) ? next(doc, ...rest) : null;
}

function startClient(context) {
  if (client || clientStarting || !config().get('languageServer')) return clientStarting;
  const serverOptions = { command: weftPath(), args: ['lsp'] };
  const clientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'go' },
      { scheme: 'untitled', language: 'go' },
    ],
    middleware: {
      didOpen: (doc, next) => (isWeftDocument(doc) ? next(doc) : Promise.resolve()),
      didChange: (event, next) => (isWeftDocument(event.document) ? next(event) : Promise.resolve()),
      didClose: (doc, next) => (isWeftDocument(doc) ? next(doc) : Promise.resolve()),
      didSave: (doc, next) => (isWeftDocument(doc) ? next(doc) : Promise.resolve()),
      provideHover: weftOnly,
      provideDefinition: weftOnly,
      provideCompletionItem: weftOnly,
      provideDocumentSymbols: weftOnly,
    },
  };
  client = new LanguageClient('weft', 'Weft', serverOptions, clientOptions);
  clientStarting = client.start().then(
    () => {
      clientStarting = null;
    },
    (err) => {
      clientStarting = null;
      client = null;
      vscode.window.showErrorMessage(
        `Weft: could not start \`${weftPath()} lsp\` (${err.message || err}). ` +
          'Set weft.path to the weft command.');
    });
  context.subscriptions.push({ dispose: () => client && client.stop() });
  return clientStarting;
}

function onDocument(context, doc) {
  if (isWeftDocument(doc)) startClient(context);
}

function shellQuote(s) {
  return "'" + s.replace(/'/g, "'\\''") + "'";
}

let runTerminal = null;

async function runActive(race) {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'go') {
    vscode.window.showWarningMessage('Weft: open a Go file to run it.');
    return;
  }
  const doc = editor.document;
  if (doc.isUntitled) {
    vscode.window.showWarningMessage('Weft: save the script first.');
    return;
  }
  if (doc.isDirty) await doc.save();
  if (!runTerminal || runTerminal.exitStatus !== undefined) {
    runTerminal = vscode.window.createTerminal({ name: 'Weft' });
  }
  runTerminal.show(true);
  const flags = race ? ' --race' : '';
  runTerminal.sendText(`${shellQuote(weftPath())}${flags} ${shellQuote(doc.uri.fsPath)}`);
}

function openRepl() {
  // `weft` without arguments is the REPL.
  const terminal = vscode.window.createTerminal({ name: 'Weft REPL', shellPath: weftPath(), shellArgs: [] });
  terminal.show();
}

// Tasks of type "weft" (tasks.json), reported through the $weft problem matchers.
function taskProvider() {
  const make = (definition, scope) => {
    const args = [];
    if (definition.command === 'check') args.push('check');
    else if (definition.race) args.push('--race');
    args.push(definition.file);
    const task = new vscode.Task(definition, scope || vscode.TaskScope.Workspace,
      `${definition.command || 'run'} ${path.basename(definition.file)}`, 'weft',
      new vscode.ProcessExecution(weftPath(), args), ['$weft', '$weft-panic']);
    return task;
  };
  return {
    provideTasks: () => {
      const doc = vscode.window.activeTextEditor && vscode.window.activeTextEditor.document;
      if (!isWeftDocument(doc) || doc.uri.scheme !== 'file') return [];
      return [
        make({ type: 'weft', command: 'run', file: doc.uri.fsPath }),
        make({ type: 'weft', command: 'run', file: doc.uri.fsPath, race: true }),
        make({ type: 'weft', command: 'check', file: doc.uri.fsPath }),
      ];
    },
    resolveTask: (task) => (task.definition.file ? make(task.definition, task.scope) : undefined),
  };
}

function updateContext(editor) {
  vscode.commands.executeCommand('setContext', 'weft.isWeftFile',
    !!editor && isWeftDocument(editor.document));
}

function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('weft.run', () => runActive(false)),
    vscode.commands.registerCommand('weft.runRace', () => runActive(true)),
    vscode.commands.registerCommand('weft.openRepl', openRepl),
    vscode.commands.registerCommand('weft.restartServer', async () => {
      if (client) {
        const old = client;
        client = null;
        await old.stop();
      }
      markerCache.clear();
      startClient(context);
    }),
    vscode.tasks.registerTaskProvider('weft', taskProvider()),
    vscode.workspace.onDidOpenTextDocument((doc) => onDocument(context, doc)),
    vscode.window.onDidChangeActiveTextEditor(updateContext),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('weft')) markerCache.clear();
    }));
  const watcher = vscode.workspace.createFileSystemWatcher('**/.weft');
  watcher.onDidCreate(() => markerCache.clear());
  watcher.onDidDelete(() => markerCache.clear());
  context.subscriptions.push(watcher);

  for (const doc of vscode.workspace.textDocuments) onDocument(context, doc);
  updateContext(vscode.window.activeTextEditor);
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate, isWeftDocument };
