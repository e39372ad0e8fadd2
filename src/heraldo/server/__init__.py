"""``heraldo serve``: one FastAPI app over a store file, the JSON API under ``/api/v1``
(``api.py``), made by ``app.create_app``; every request reads in its own short session
under the store access policy (``sessions.py``)."""

from heraldo.server.app import create_app

__all__ = ["create_app"]
