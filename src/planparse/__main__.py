from planparse.cli import app

app()
