"""The stage types: the hand-written __init__ of the frozen dataclasses behaves as the generated one would."""
from __future__ import annotations

import dataclasses
from inspect import signature

import pytest

from claims.extraction.types import FAST_INIT, Attribution


@pytest.mark.parametrize("cls", FAST_INIT, ids=lambda cls: cls.__name__)
def test_init_takes_the_fields_in_order_with_their_defaults(cls):
    params = list(signature(cls.__init__).parameters.values())[1:]  # past self
    assert [(p.name, dataclasses.MISSING if p.default is p.empty else p.default) for p in params] == [
        (f.name, f.default) for f in dataclasses.fields(cls)]


@pytest.mark.parametrize("cls", FAST_INIT, ids=lambda cls: cls.__name__)
def test_init_sets_every_field_and_stays_frozen(cls):
    values = {f.name: f"value of {f.name}" for f in dataclasses.fields(cls)}
    item = cls(**values)
    assert dataclasses.asdict(item) == values
    assert item == cls(*values.values()) and hash(item) == hash(cls(*values.values()))
    with pytest.raises(dataclasses.FrozenInstanceError):
        item.start = 0


def test_replace_and_defaults():
    who = Attribution("الوزير", 3, 9, "قال")
    assert (who.carried, who.canonical) == (False, None)
    assert dataclasses.replace(who, carried=True) == Attribution("الوزير", 3, 9, "قال", carried=True)
