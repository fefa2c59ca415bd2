"""Real servers the tests start on 127.0.0.1: a web site of fixture feeds and pages (``web``)
and an S3-compatible object store (``s3``, moto's standalone server in its own process)."""
