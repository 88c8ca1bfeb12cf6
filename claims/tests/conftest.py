import pytest

# Factories are imported inside the fixtures: the extraction tests below this folder must run without Django.


@pytest.fixture
def editor(db):
    from newsroom.tests.factories import UserFactory

    return UserFactory(username="mona", role="editors")


@pytest.fixture
def other_editor(db):
    from newsroom.tests.factories import UserFactory

    return UserFactory(username="karim", role="editors")


@pytest.fixture
def viewer(db):
    from newsroom.tests.factories import UserFactory

    return UserFactory(username="vera", role="viewers")
