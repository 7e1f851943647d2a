package render

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// ErrNoBrowser is returned by PDF when no headless Chromium or Chrome is
// found on the machine.
var ErrNoBrowser = errors.New("no Chromium or Chrome found to print the PDF: install one " +
	"(Debian/Ubuntu: apt install chromium; Fedora: dnf install chromium; macOS: brew install --cask chromium) " +
	"or set WHITEPAPER_BROWSER to its path")

// browserNames are the commands PDF looks for, in order.
var browserNames = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome", "headless_shell",
	"/Applications/Chromium.app/Contents/MacOS/Chromium", "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"}

// Browser returns the path of the Chromium or Chrome that PDF uses: the
// WHITEPAPER_BROWSER environment variable when set, else the first of
// chromium, chromium-browser, google-chrome, chrome found on the PATH
// (and the usual application paths on macOS). It returns ErrNoBrowser
// when there is none.
func Browser() (string, error) {
	if p := os.Getenv("WHITEPAPER_BROWSER"); p != "" {
		path, err := exec.LookPath(p)
		if err != nil {
			return "", fmt.Errorf("%w (WHITEPAPER_BROWSER: %v)", ErrNoBrowser, err)
		}
		return path, nil
	}
	for _, name := range browserNames {
		if path, err := exec.LookPath(name); err == nil {
			return path, nil
		}
	}
	return "", ErrNoBrowser
}

// PDF writes the document as an A4 PDF: the HTML page printed by a
// headless Chromium (see Browser) with its print stylesheet, page numbers
// at the foot of each page. The page has no scripts and loads nothing,
// and the browser runs with a throw-away profile. It fails with
// ErrNoBrowser when no browser is found, and after a minute.
func PDF(w io.Writer, doc *whitepaper.Document, opts *Options) error {
	if doc == nil {
		return errNoDocument
	}
	browser, err := Browser()
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "whitepaper-pdf-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	page := filepath.Join(dir, "page.html")
	f, err := os.Create(page)
	if err != nil {
		return err
	}
	if err := HTML(f, doc, opts); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	out := filepath.Join(dir, "page.pdf")
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	args := []string{"--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
		"--disable-extensions", "--disable-background-networking", "--disable-sync", "--disable-quic",
		"--user-data-dir=" + filepath.Join(dir, "profile"), "--no-pdf-header-footer",
		"--print-to-pdf=" + out, "file://" + filepath.ToSlash(page)}
	if os.Geteuid() == 0 {
		args = append([]string{"--no-sandbox"}, args...) // Chromium refuses to run as root in its sandbox
	}
	cmd := exec.CommandContext(ctx, browser, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("printing with %s: %w: %s", browser, err, lastLine(stderr.String()))
	}
	pdf, err := os.ReadFile(out)
	if err != nil || !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		return fmt.Errorf("printing with %s: no PDF written: %s", browser, lastLine(stderr.String()))
	}
	_, err = w.Write(pdf)
	return err
}

// lastLine is the last non-empty line of a program's error output.
func lastLine(s string) string {
	lines := bytes.Split(bytes.TrimSpace([]byte(s)), []byte("\n"))
	return string(lines[len(lines)-1])
}
