package article

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
)

// DefaultMaxBytes is the largest article read: a text file, or one line of a
// JSON Lines file. Anything larger is not a news article.
const DefaultMaxBytes = 50 << 20

// Options says how to read.
type Options struct {
	// Stdin is read for the path "-". Its format is sniffed: JSON Lines when
	// the first non-space byte is '{', plain text otherwise.
	Stdin io.Reader
	// MaxBytes caps one article; 0 means DefaultMaxBytes.
	MaxBytes int
	// Skip receives every input that could not be read. Reading goes on
	// after it. Nil drops them.
	Skip func(*InputError)
}

// InputError is an input that was skipped, and why.
type InputError struct {
	Path string
	Line int // 0 when the whole file is meant
	Err  error
}

func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *InputError) Unwrap() error { return e.Err }

var (
	errInvalidUTF8 = errors.New("not valid UTF-8 text (convert it to UTF-8)")
	errBinary      = errors.New("binary data, not text")
	errEmpty       = errors.New("empty")
)

// Exts lists the file name endings read when walking a folder.
var Exts = []string{".txt", ".jsonl"}

// Read reads every article under paths, in order, and calls emit for each.
// A path is a file, a folder (read recursively, files with a known ending, in
// name order), a glob, or "-" for Options.Stdin. Inputs that cannot be read
// go to Options.Skip and the rest are still read. Read stops early only when
// emit returns an error, and returns that error.
func Read(paths []string, opts Options, emit func(Article) error) error {
	r := reader{opts: opts, emit: emit}
	if r.opts.MaxBytes <= 0 {
		r.opts.MaxBytes = DefaultMaxBytes
	}
	if r.opts.Skip == nil {
		r.opts.Skip = func(*InputError) {}
	}
	for _, p := range paths {
		if err := r.path(p); err != nil {
			return err
		}
	}
	return nil
}

type reader struct {
	opts Options
	emit func(Article) error
}

func (r *reader) path(p string) error {
	if p == "-" {
		if r.opts.Stdin == nil {
			r.opts.Skip(&InputError{Path: "-", Err: errors.New("no standard input")})
			return nil
		}
		return r.stream("-", r.opts.Stdin)
	}
	info, err := os.Stat(p)
	if errors.Is(err, fs.ErrNotExist) && strings.ContainsAny(p, "*?[") {
		return r.glob(p)
	}
	if err != nil {
		r.opts.Skip(&InputError{Path: p, Err: unwrapPathError(err)})
		return nil
	}
	if info.IsDir() {
		return r.dir(p)
	}
	return r.file(p)
}

func (r *reader) glob(pattern string) error {
	matches, err := filepath.Glob(pattern)
	if err != nil {
		r.opts.Skip(&InputError{Path: pattern, Err: fmt.Errorf("bad glob: %w", err)})
		return nil
	}
	if len(matches) == 0 {
		r.opts.Skip(&InputError{Path: pattern, Err: errors.New("glob matches no file")})
		return nil
	}
	for _, m := range matches {
		if err := r.path(m); err != nil {
			return err
		}
	}
	return nil
}

func (r *reader) dir(root string) error {
	var files []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			r.opts.Skip(&InputError{Path: p, Err: unwrapPathError(err)})
			return nil
		}
		if !d.IsDir() && hasExt(p) {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return err
	}
	sort.Strings(files)
	for _, f := range files {
		if err := r.file(f); err != nil {
			return err
		}
	}
	return nil
}

func hasExt(p string) bool {
	ext := strings.ToLower(filepath.Ext(p))
	for _, e := range Exts {
		if ext == e {
			return true
		}
	}
	return false
}

func (r *reader) file(p string) error {
	f, err := os.Open(p)
	if err != nil {
		r.opts.Skip(&InputError{Path: p, Err: unwrapPathError(err)})
		return nil
	}
	defer f.Close()
	if strings.EqualFold(filepath.Ext(p), ".jsonl") {
		return readJSONL(p, f, r.opts.MaxBytes, r.emit, r.opts.Skip)
	}
	return r.text(p, f)
}

// stream reads standard input, sniffing its format.
func (r *reader) stream(name string, in io.Reader) error {
	br := bufio.NewReader(in)
	for {
		b, err := br.Peek(1)
		if err != nil {
			break
		}
		if b[0] == ' ' || b[0] == '\t' || b[0] == '\r' || b[0] == '\n' {
			br.ReadByte()
			continue
		}
		if b[0] == '{' {
			return readJSONL(name, br, r.opts.MaxBytes, r.emit, r.opts.Skip)
		}
		break
	}
	return r.text(name, br)
}

// text reads one plain-text article, refusing what is not text.
func (r *reader) text(p string, in io.Reader) error {
	data, err := io.ReadAll(io.LimitReader(in, int64(r.opts.MaxBytes)+1))
	if err != nil {
		r.opts.Skip(&InputError{Path: p, Err: fmt.Errorf("reading: %w", err)})
		return nil
	}
	if len(data) > r.opts.MaxBytes {
		r.opts.Skip(&InputError{Path: p, Err: fmt.Errorf("larger than %d bytes; not an article (split it, or raise --max-bytes)", r.opts.MaxBytes)})
		return nil
	}
	if err := checkText(data); err != nil {
		r.opts.Skip(&InputError{Path: p, Err: err})
		return nil
	}
	a, err := parseText(string(data))
	if err == nil {
		err = a.finish()
	}
	if err != nil {
		r.opts.Skip(&InputError{Path: p, Err: err})
		return nil
	}
	a.Path = p
	return r.emit(a)
}

func checkText(data []byte) error {
	switch {
	case len(bytes.TrimSpace(data)) == 0:
		return errEmpty
	case bytes.IndexByte(data, 0) >= 0:
		return errBinary
	case !utf8.Valid(data):
		return errInvalidUTF8
	}
	return nil
}

// unwrapPathError drops the path from an *fs.PathError, since InputError
// names the path already.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}
