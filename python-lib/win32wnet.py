"""win32wnet: "A module that exposes the Windows Networking API." (filled in by the win32wnet issue)"""
import pywintypes

error = pywintypes.error
