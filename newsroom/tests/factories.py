import factory
from django.contrib.auth import get_user_model

from newsroom.models import Article, Source
from newsroom.services import content_hash


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password("pw-for-tests")

    @factory.post_generation
    def role(user, create, extracted, **kwargs):
        """UserFactory(role="editors") puts the user in that role group (made by a migration)."""
        if create and extracted:
            from django.contrib.auth.models import Group

            user.groups.add(Group.objects.get(name=extracted))


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    name = factory.Sequence(lambda n: f"Outlet {n}")
    homepage = factory.Sequence(lambda n: f"https://outlet{n}.example/")


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    source = factory.SubFactory(SourceFactory)
    title = factory.Sequence(lambda n: f"مقال رقم {n}")
    body = factory.Sequence(lambda n: f"قال وزير المالية يوم الأحد إن العجز بلغ {n + 3} مليارات دولار.")
    raw_input = factory.LazyAttribute(lambda a: a.body.encode("utf-8"))
    raw_encoding = "utf-8"
    content_hash = factory.LazyAttribute(lambda a: content_hash(a.body))
    channel = Article.Channel.PASTE
    language = "ar"
