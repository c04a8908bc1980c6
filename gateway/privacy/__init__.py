"""Detection of Japanese personal information, masking on the way out and restoring on the way back."""

import logging

# presidio logs the context words around each match at DEBUG, i.e. pieces of the analysed text:
# its logger never goes below WARNING, whatever level the gateway runs at.
logging.getLogger("presidio-analyzer").setLevel(logging.WARNING)
