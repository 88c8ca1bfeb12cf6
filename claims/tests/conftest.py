import pytest

from newsroom.tests.factories import UserFactory


@pytest.fixture
def editor(db):
    return UserFactory(username="mona", role="editors")


@pytest.fixture
def other_editor(db):
    return UserFactory(username="karim", role="editors")


@pytest.fixture
def viewer(db):
    return UserFactory(username="vera", role="viewers")
