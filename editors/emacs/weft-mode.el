;;; weft-mode.el --- Major mode for Weft scripts (Go run by weft)  -*- lexical-binding: t; -*-

;; Version: 0.1.0
;; Package-Requires: ((emacs "27.1"))
;; Keywords: languages, go

;;; Commentary:

;; Weft runs Go scripts: `weft prog.go'.  `weft-mode' is `go-mode' when that package is
;; installed (otherwise a small Go mode derived from `prog-mode'), plus:
;;
;;   C-c C-c   `weft-run'        run the script in a compilation buffer
;;   C-c C-r   `weft-run-race'   run it under the race detector (`weft --race')
;;   C-c C-k   `weft-check'      type-check it (`weft check')
;;   C-c C-z   `weft-repl'       the REPL (`weft' without arguments) in a comint buffer
;;
;; In the compilation buffer, diagnostics (file:line:col: message) and the frames of panic and
;; race-report traces are links (`next-error' visits them).  `compile-command' is set to run
;; the script, so M-x compile works too.
;;
;; Language server: with eglot (built into Emacs 29; from ELPA before), M-x eglot starts
;; `weft lsp' for the buffer: diagnostics as you type, hover, definitions, completion.
;;
;; A buffer gets `weft-mode' when its first line is a `#!/usr/bin/env weft' shebang
;; (`interpreter-mode-alist') or, for *.go files, when a `.weft' marker file is in its folder
;; or a parent folder (`weft-mode-maybe' in `auto-mode-alist'); other Go files keep `go-mode'.
;;
;; Installation: (add-to-list 'load-path "/path/to/weft/editors/emacs") (require 'weft-mode)

;;; Code:

(require 'compile)
(require 'comint)
(require 'go-mode nil t)

(defgroup weft nil
  "Weft scripts: Go run by the weft interpreter."
  :group 'languages
  :prefix "weft-")

(defcustom weft-command "weft"
  "The weft command: a name on `exec-path' or an absolute file name."
  :type 'string)

(defcustom weft-marker-file ".weft"
  "A file that makes the Go files of its folder (and below) Weft scripts."
  :type 'string)

;;; Compilation

(defconst weft-compilation-error-regexp-alist-alist
  '(;; A frame of a panic's or a race report's trace: "\t/abs/prog.go:5 +0x1d" (an inlined
    ;; frame has no +0x offset).
    (weft-frame "^[ \t]+\\(/[^:\n]+\\.go\\):\\([0-9]+\\)\\(?: \\+0x[0-9a-f]+\\)?$" 1 2 nil 1)
    ;; A diagnostic, "prog.go:3:5: undefined: x" (also indented by a tab: "other declaration").
    (weft-diagnostic "^[ \t]*\\([^ \t\n:][^:\n]*\\):\\([0-9]+\\):\\([0-9]+\\): " 1 2 3 2))
  "Error regexps of weft's output.
In the form of `compilation-error-regexp-alist-alist'.")

(define-compilation-mode weft-compilation-mode "Weft"
  "Compilation mode for the output of weft: diagnostics, panics and race reports."
  (setq-local compilation-error-regexp-alist-alist weft-compilation-error-regexp-alist-alist)
  (setq-local compilation-error-regexp-alist
              (mapcar #'car weft-compilation-error-regexp-alist-alist)))

(defun weft--command-line (&rest args)
  "The shell command running weft with ARGS on the current buffer's file."
  (unless buffer-file-name
    (user-error "Weft: save the buffer to a file first"))
  (mapconcat #'identity
             (append (list (shell-quote-argument weft-command)) args
                     (list (shell-quote-argument (expand-file-name buffer-file-name))))
             " "))

(defun weft--start (&rest args)
  "Save the buffer and run weft with ARGS on its file in `weft-compilation-mode'."
  (save-buffer)
  (compilation-start (apply #'weft--command-line args) #'weft-compilation-mode))

(defun weft-run ()
  "Run the current script: `weft prog.go'."
  (interactive)
  (weft--start))

(defun weft-run-race ()
  "Run the current script under the data-race detector: `weft --race prog.go'."
  (interactive)
  (weft--start "--race"))

(defun weft-check ()
  "Type-check the current script: `weft check prog.go'."
  (interactive)
  (weft--start "check"))

(defun weft-repl ()
  "Open the Weft REPL (`weft' without arguments) in a comint buffer."
  (interactive)
  (pop-to-buffer (make-comint-in-buffer "weft" "*weft*" weft-command)))

;;; The mode

(defvar weft-mode-map
  (let ((map (make-sparse-keymap)))
    (define-key map (kbd "C-c C-c") #'weft-run)
    (define-key map (kbd "C-c C-r") #'weft-run-race)
    (define-key map (kbd "C-c C-k") #'weft-check)
    (define-key map (kbd "C-c C-z") #'weft-repl)
    map)
  "Keymap for `weft-mode'.")

(defconst weft--go-keywords
  '("break" "case" "chan" "const" "continue" "default" "defer" "else" "fallthrough" "for"
    "func" "go" "goto" "if" "import" "interface" "map" "package" "range" "return" "select"
    "struct" "switch" "type" "var")
  "Go's keywords, for the fallback mode without go-mode.")

(defvar weft--fallback-syntax-table
  (let ((table (make-syntax-table)))
    (modify-syntax-entry ?/ ". 124b" table)
    (modify-syntax-entry ?* ". 23" table)
    (modify-syntax-entry ?\n "> b" table)
    (modify-syntax-entry ?\" "\"" table)
    (modify-syntax-entry ?\' "\"" table)
    (modify-syntax-entry ?` "\"" table)
    (modify-syntax-entry ?\\ "\\" table)
    (modify-syntax-entry ?_ "_" table)
    (dolist (c '(?+ ?- ?% ?& ?| ?^ ?! ?= ?< ?>))
      (modify-syntax-entry c "." table))
    table)
  "Syntax table of the fallback mode: Go's comments and strings.")

(defun weft--setup ()
  "Settings common to both variants of `weft-mode'."
  (setq-local compile-command (weft--command-line)))

(defmacro weft--define-mode (parent)
  "Define `weft-mode' as a mode derived from PARENT."
  `(define-derived-mode weft-mode ,parent "Weft"
     "Major mode for Weft scripts: Go files that the weft interpreter runs.

\\{weft-mode-map}"
     ,@(unless (eq parent 'go-mode)
         '((set-syntax-table weft--fallback-syntax-table)
           (setq-local comment-start "// ")
           (setq-local comment-end "")
           (setq-local comment-start-skip "\\(//+\\|/\\*+\\)\\s *")
           (setq-local indent-tabs-mode t)
           (setq-local font-lock-defaults
                       `(((,(regexp-opt weft--go-keywords 'symbols) . font-lock-keyword-face)
                          ("\\_<func\\_>\\s-+\\(?:([^)]*)\\s-*\\)?\\(\\(?:\\sw\\|\\s_\\)+\\)"
                           1 font-lock-function-name-face)
                          ("\\_<type\\_>\\s-+\\(\\(?:\\sw\\|\\s_\\)+\\)" 1 font-lock-type-face))))))
     (when buffer-file-name (weft--setup))))

(if (fboundp 'go-mode)
    (weft--define-mode go-mode)
  (weft--define-mode prog-mode))
(declare-function weft-mode "weft-mode")  ; defined by one of the two branches above

;;;###autoload
(defun weft-mode-maybe ()
  "Choose `weft-mode' for a Go file under a `weft-marker-file'.
Other Go files get `go-mode' when it is installed."
  (cond ((and buffer-file-name
              (locate-dominating-file buffer-file-name weft-marker-file))
         (weft-mode))
        ((fboundp 'go-mode) (go-mode))
        (t (prog-mode))))

;;;###autoload
(add-to-list 'interpreter-mode-alist '("weft" . weft-mode))
;;;###autoload
(add-to-list 'auto-mode-alist '("\\.go\\'" . weft-mode-maybe))

;;; The language server

(defun weft--eglot-contact (&optional _interactive)
  "How eglot starts the Weft language server."
  (list weft-command "lsp"))

(with-eval-after-load 'eglot
  (defvar eglot-server-programs)
  (add-to-list 'eglot-server-programs '(weft-mode . weft--eglot-contact)))

(provide 'weft-mode)

;;; weft-mode.el ends here
