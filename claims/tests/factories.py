import factory

from claims.models import Claim
from newsroom.tests.factories import ArticleFactory


class ClaimFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Claim

    article = factory.SubFactory(ArticleFactory)
    kind = Claim.Kind.EVENT
    start = 0
    end = factory.LazyAttribute(lambda c: min(len(c.article.body), 40))
    text = factory.LazyAttribute(lambda c: c.article.body[c.start:c.end])
    date_value = "2025-02-02"
    date_precision = "day"
    score = 0.5
