from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Source


class IngestForm(forms.Form):
    """Paste text or upload a .txt/.html file (the URL is then kept as metadata), or give only a URL to fetch."""

    text = forms.CharField(label=_("Article text"), required=False, strip=False,
                           widget=forms.Textarea(attrs={"rows": 14, "dir": "auto"}))
    file = forms.FileField(label=_("…or upload a .txt or .html file"), required=False)
    url = forms.URLField(label=_("URL (fetched when no text or file is given)"), required=False,
                         assume_scheme="https", widget=forms.URLInput(attrs={"dir": "ltr"}))
    title = forms.CharField(label=_("Title"), required=False, max_length=500,
                            widget=forms.TextInput(attrs={"dir": "auto"}))
    outlet = forms.CharField(label=_("Outlet"), required=False, max_length=200,
                             widget=forms.TextInput(attrs={"dir": "auto", "list": "outlets"}))
    source = forms.ModelChoiceField(label=_("Source"), required=False, queryset=Source.objects.active())
    published = forms.DateField(label=_("Published on"), required=False,
                                widget=forms.DateInput(attrs={"type": "date"}))

    ALLOWED_SUFFIXES = (".txt", ".text", ".html", ".htm")

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and not upload.name.lower().endswith(self.ALLOWED_SUFFIXES):
            raise forms.ValidationError(_("Upload a .txt or .html file (got “%(name)s”).") % {"name": upload.name})
        return upload

    def clean(self):
        data = super().clean()
        given = [name for name in ("text", "file") if data.get(name) and str(data.get(name)).strip()]
        if not given and not data.get("url") and not self.errors:
            raise forms.ValidationError(_("Paste the article text, upload a file or give a URL."))
        if len(given) > 1:
            raise forms.ValidationError(_("Paste the text or upload a file, not both."))
        return data

    @property
    def fetches_url(self) -> bool:
        """True when the URL is to be fetched: it came alone, without text or a file."""
        data = self.cleaned_data
        return bool(data.get("url")) and not data.get("file") and not (data.get("text") or "").strip()
