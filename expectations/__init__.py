"""Great Expectations suites as code: one module per dataset, plus the one adapter that runs them.

``articles``, ``claims``, ``quotes`` and ``entities`` each build their dataset's
``gx.ExpectationSuite`` from the contract's column names (``tasks.schema``), every expectation with
a stable name (``claims.claim_id_unique``) and a note an operator can act on. ``spans`` holds the
cross-table checks GX cannot do (a row's offsets against its article's clean text), computed in
polars and then asserted by GX so they show in Data Docs like any other expectation. ``runner`` is
the adapter the flow calls: it converts polars to pandas (only there, once, via Arrow), runs the
suite, and splits the rows into good and quarantined with the names of the expectations they fail;
``rows`` says which rows a failed expectation rejects. Nothing here imports great_expectations at
import time of this package: GX takes seconds to import, so the runner imports it when it is built.
"""
