from django import forms
from django.utils.translation import gettext_lazy as _

from newsroom.models import Article

from .models import Claim, Story


class StoryForm(forms.ModelForm):
    articles = forms.ModelMultipleChoiceField(queryset=Article.objects.only("pk", "title", "body"), required=False,
                                              widget=forms.CheckboxSelectMultiple, label=_("Articles"))

    class Meta:
        model = Story
        fields = ["title", "description", "articles"]
        widgets = {"title": forms.TextInput(attrs={"dir": "auto"}),
                   "description": forms.Textarea(attrs={"rows": 3, "dir": "auto"})}


class TimelineFilterForm(forms.Form):
    date_from = forms.DateField(label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    entity = forms.CharField(label=_("Name or word"), required=False, widget=forms.TextInput(attrs={"dir": "auto"}))
    outlet = forms.CharField(label=_("Outlet"), required=False, widget=forms.TextInput(attrs={"dir": "auto"}))
    kind = forms.ChoiceField(label=_("Kind"), required=False, choices=[("", _("Any kind")), *Claim.Kind.choices])
