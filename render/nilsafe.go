package render

import "errors"

// errNoDocument is the error of rendering a nil document.
var errNoDocument = errors.New("render: no document to render")
